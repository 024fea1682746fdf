import CLibXML2

/// libxml2's process-wide external-entity loader, replaced by one that loads nothing.
///
/// Every file or URL libxml2 would open while parsing (an external DTD subset, an external
/// parameter or general entity) goes through this loader; documents are always handed to the
/// parser as bytes, so refusing every load never refuses the document itself. This is the second
/// guard behind `XMLEntityGuard`, which refuses such documents before libxml2 sees them.
enum ExternalEntityLoader {
    /// Installs the refusing loader once per process.
    static let installed: Bool = {
        xmlSetExternalEntityLoader(refuseExternalEntity)
        return true
    }()

    /// What the last refused load asked for; read and reset under `RDFReader.libxmlLock`.
    // Safe: written only by the loader, which libxml2 calls during an RDF/XML parse, and every
    // RDF/XML parse runs under `RDFReader.libxmlLock`, as does every read and reset.
    nonisolated(unsafe) static var refused: String?
}

private let refuseExternalEntity: clibxml2_entity_loader = { url, id, _ in
    let what = url.map { String(cString: $0) } ?? id.map { String(cString: $0) }
    if ExternalEntityLoader.refused == nil {
        ExternalEntityLoader.refused = what ?? "an external entity"
    }
    return nil
}
