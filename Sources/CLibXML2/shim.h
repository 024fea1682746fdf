#ifndef VOCGRAPH_CLIBXML2_SHIM_H
#define VOCGRAPH_CLIBXML2_SHIM_H

// libxml2 is the XML parser under Raptor's RDF/XML parser (libraptor2-dev depends on
// libxml2-dev). RaptorIO only installs an external-entity loader that refuses every load (see
// ExternalEntityLoader.swift). That one function is declared here instead of including
// <libxml/parser.h>, which pulls in the system ICU headers (Debian builds libxml2 with ICU);
// they clash with Foundation's own copy of ICU in Swift. The types are libxml2's, with the
// parser context and the returned input kept opaque:
//   typedef xmlParserInputPtr (*xmlExternalEntityLoader)(const char *URL, const char *ID,
//                                                        xmlParserCtxtPtr context);
//   void xmlSetExternalEntityLoader(xmlExternalEntityLoader f);
typedef void *(*clibxml2_entity_loader)(const char *url, const char *id, void *context);
void xmlSetExternalEntityLoader(clibxml2_entity_loader loader);

#endif
