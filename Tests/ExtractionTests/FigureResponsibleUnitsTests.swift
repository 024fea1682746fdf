import Testing

@testable import Extraction

/// Splitting 责任单位 cells, lead units and resolution to full names.
@Suite struct FigureResponsibleUnitsTests {
    @Test func cityUnits() {
        let units = ResponsibleUnits(parsing: "市委教育工委、市教育局、市委宣传部", city: "深圳市", province: "广东省")
        #expect(units.written == ["市委教育工委", "市教育局", "市委宣传部"])
        #expect(units.resolved == ["深圳市委教育工委", "深圳市教育局", "深圳市委宣传部"])
        #expect(units.lead.isEmpty)
    }

    @Test func andInsideANameDoesNotSplit() {
        let units = ResponsibleUnits(
            parsing: "市教育局、市人力资源和社会保障局、市工业和信息化局", city: "深圳市", province: nil)
        #expect(units.written == ["市教育局", "市人力资源和社会保障局", "市工业和信息化局"])
    }

    @Test func leadAndSharedEnding() {
        let units = ResponsibleUnits(
            parsing: "省教育厅牵头，省发展改革委、省人力资源社会保障厅和深圳、佛山市人民政府按职责分工负责",
            city: nil, province: "广东省")
        #expect(units.written == ["省教育厅", "省发展改革委", "省人力资源社会保障厅", "深圳市人民政府", "佛山市人民政府"])
        #expect(units.resolved.first == "广东省教育厅")
        #expect(units.lead == ["广东省教育厅"])
    }

    @Test func genericUnitsStayAsWritten() {
        let units = ResponsibleUnits(parsing: "市教育局、各区人民政府、区政府", city: "深圳市", province: nil)
        #expect(units.resolved == ["深圳市教育局", "各区人民政府", "区政府"])
    }

    @Test func combinedNameWithBrackets() {
        let units = ResponsibleUnits(parsing: "市教育局、市委大湾区办（市港澳办）", city: "深圳市", province: nil)
        #expect(units.resolved == ["深圳市教育局", "深圳市委大湾区办（市港澳办）"])
    }
}
