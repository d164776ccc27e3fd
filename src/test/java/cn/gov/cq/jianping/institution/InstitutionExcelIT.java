package cn.gov.cq.jianping.institution;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.shared.CreditCode;
import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class InstitutionExcelIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	InstitutionRegistry registry;

	@Autowired
	InstitutionImport importer;

	private static String code(String first17) {
		return first17 + CreditCode.checkCharacter(first17);
	}

	private static byte[] workbook(List<String[]> rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(InstitutionWorkbook.template()))) {
			Sheet sheet = workbook.getSheet(InstitutionWorkbook.SHEET_NAME);
			sheet.removeRow(sheet.getRow(1));
			int r = 1;
			for (String[] values : rows) {
				Row row = sheet.createRow(r++);
				for (int i = 0; i < values.length; i++) {
					row.createCell(i).setCellValue(values[i]);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static String[] row(String name, String creditCode, String registrationNumber) {
		return new String[] { name, creditCode, "等级评价机构", "江北区", registrationNumber, "2024-05-01", "2027-04-30",
				"电工（四级）", "江北区某路 1 号", "王老师", "13900001111" };
	}

	@Test
	void theTemplateHasTheImportHeaders() throws Exception {
		byte[] body = this.mvc.perform(get("/institutions/template.xlsx").with(Users.center()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
			Row header = workbook.getSheet(InstitutionWorkbook.SHEET_NAME).getRow(0);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("机构名称");
			assertThat(header.getCell(1).getStringCellValue()).isEqualTo("统一社会信用代码");
			assertThat(header.getCell(10).getStringCellValue()).isEqualTo("联系电话");
		}
		// The template's example row itself passes every check, so users can copy it.
		assertThat(InstitutionWorkbook.read(new ByteArrayInputStream(body)).problems()).isEmpty();
	}

	@Test
	void aWorkbookWithOneBadRowImportsNothingAndNamesEveryProblemByRowAndColumn() throws Exception {
		long before = this.registry.count();
		String existing = this.registry.all().get(0).creditCode();
		byte[] file = workbook(List.of(row("导入测试一", code("52500105MJ0000001"), "导入备〔2024〕001号"),
				row("导入测试二", "91350100M000100Y44", "导入备〔2024〕002号"),
				new String[] { "导入测试三", code("52500105MJ0000003"), "等级评价机构", "火星区", "导入备〔2024〕003号", "2024-05-01",
						"2024-04-30", "电工", "某地", "王老师", "13900001111" },
				row("导入测试四", existing, "导入备〔2024〕004号"), new String[] { "", code("52500105MJ0000005"), "等级评价机构", "江北区",
						"导入备〔2024〕001号", "2024-05-01", "2027-04-30", "电工", "某地", "王老师", "13900001111" }));
		this.mvc
			.perform(multipart("/institutions/import").file(new MockMultipartFile("file", "机构.xlsx", null, file))
				.with(Users.center())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未导入任何数据")))
			.andExpect(content().string(containsString("第 3 行「统一社会信用代码」：统一社会信用代码校验位错误")))
			.andExpect(content().string(containsString("第 4 行「备案机关」：未知的区县“火星区”")))
			.andExpect(content().string(containsString("第 4 行「备案有效期至」：备案有效期至必须晚于备案日期")))
			.andExpect(content().string(containsString("第 5 行「统一社会信用代码」：统一社会信用代码 " + existing + " 已在备案机构库中")))
			.andExpect(content().string(containsString("第 6 行「机构名称」：请填写机构名称")))
			.andExpect(content().string(containsString("第 6 行「备案编号」：与第 2 行重复")));
		assertThat(this.registry.count()).isEqualTo(before);
	}

	@Test
	void aCleanWorkbookImportsEveryRow() throws Exception {
		long before = this.registry.count();
		byte[] file = workbook(List.of(row("整体导入一", code("52500105MJ0000011"), "整体备〔2024〕011号"),
				row("整体导入二", code("52500105MJ0000012"), "整体备〔2024〕012号")));
		this.mvc
			.perform(multipart("/institutions/import").file(new MockMultipartFile("file", "ok.xlsx", null, file))
				.with(Users.center())
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.registry.count()).isEqualTo(before + 2);
	}

	@Test
	void aDistrictCannotImportAnotherDistrictsInstitution() throws Exception {
		long before = this.registry.count();
		byte[] file = workbook(List.<String[]>of(row("越区导入", code("52500105MJ0000021"), "越区备〔2024〕021号")));
		var report = this.importer.importWorkbook(Users.user(Role.DISTRICT, null, "500112"),
				new ByteArrayInputStream(file));
		assertThat(report.succeeded()).isFalse();
		assertThat(report.problems()).anyMatch(p -> p.contains("区县只能导入本区县备案的机构"));
		assertThat(this.registry.count()).isEqualTo(before);
	}

	@Test
	void aFileThatIsNotAWorkbookIsRefusedInChinese() throws Exception {
		this.mvc
			.perform(multipart("/institutions/import")
				.file(new MockMultipartFile("file", "x.xlsx", null, "not excel".getBytes()))
				.with(Users.center())
				.with(csrf()))
			.andExpect(content().string(containsString("无法读取文件")));
	}

	@Test
	void anExportReadsBackAsTheSameInstitutions() throws Exception {
		byte[] exported = this.mvc
			.perform(get("/institutions/export.xlsx").param("type", "APPRAISAL").with(Users.bureau()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<InstitutionView> expected = this.registry.searchAll(Users.user(Role.BUREAU, null, null),
				new InstitutionSearch(null, InstitutionType.APPRAISAL, null, null), Sort.by("name").and(Sort.by("id")));
		InstitutionWorkbook.ImportResult readBack = InstitutionWorkbook.read(new ByteArrayInputStream(exported));
		assertThat(readBack.problems()).isEmpty();
		assertThat(readBack.rows()).hasSameSizeAs(expected);
		for (int i = 0; i < expected.size(); i++) {
			InstitutionForm form = readBack.rows().get(i).form();
			InstitutionView institution = expected.get(i);
			assertThat(form.name()).isEqualTo(institution.name());
			assertThat(form.creditCode()).isEqualTo(institution.creditCode());
			assertThat(form.type()).isEqualTo(institution.type());
			assertThat(form.authority()).isEqualTo(InstitutionForm.CITY);
			assertThat(form.registrationNumber()).isEqualTo(institution.registrationNumber());
			assertThat(form.registeredOn()).isEqualTo(institution.registeredOn());
			assertThat(form.expiresOn()).isEqualTo(institution.expiresOn());
			assertThat(form.scopeOccupations()).isEqualTo(institution.scopeOccupations());
			assertThat(form.contactPhone()).isEqualTo(institution.contactPhone());
		}
	}

	@Test
	void aDistrictExportsOnlyItsOwnInstitutions() throws Exception {
		byte[] exported = this.mvc.perform(get("/institutions/export.xlsx").with(Users.district("500112")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		InstitutionWorkbook.ImportResult readBack = InstitutionWorkbook.read(new ByteArrayInputStream(exported));
		assertThat(readBack.rows()).isNotEmpty().allMatch(r -> "500112".equals(r.form().authority()));
	}

}
