package cn.gov.cq.jianping.institution;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.shared.CreditCode;
import cn.gov.cq.jianping.support.Users;
import cn.gov.cq.jianping.support.WebSliceTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The registry's pages alone: errors beside the field with the input kept, the status
 * form's errors carried back to the details page. The registry is a mock; the checks are
 * the real ones.
 */
@WebMvcTest(controllers = InstitutionController.class,
		excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = WebSliceTest.OTHER_MODULES_THAN + "institution\\.).*"))
@WebSliceTest
class InstitutionControllerTests {

	static final String YUBEI = "500112";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	InstitutionRegistry registry;

	@MockitoBean
	InstitutionImport importer;

	static String code(String first17) {
		return first17 + CreditCode.checkCharacter(first17);
	}

	@Test
	void processCreationFormSuccess() throws Exception {
		given(this.registry.create(any(), any())).willReturn(42L);
		this.mvc
			.perform(post("/institutions/new").with(Users.center())
				.with(csrf())
				.param("name", "切片测试机构")
				.param("creditCode", code("52500112MJ1234567").toLowerCase())
				.param("type", "LEVEL")
				.param("authority", YUBEI)
				.param("registrationNumber", "切片备〔2025〕1号")
				.param("registeredOn", "2025-03-01")
				.param("expiresOn", "2028-02-28")
				.param("scopeOccupations", "电工")
				.param("evaluationSites", "某地")
				.param("contactPerson", "测试")
				.param("contactPhone", "13812345678"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/institutions/42"))
			.andExpect(flash().attribute("message", "机构“切片测试机构”已登记"));
	}

	@Test
	void processCreationFormHasErrors() throws Exception {
		this.mvc
			.perform(post("/institutions/new").with(Users.center())
				.with(csrf())
				.param("name", " ")
				.param("creditCode", "91350100M000100Y4")
				.param("type", "APPRAISAL")
				.param("authority", YUBEI)
				.param("registrationNumber", "切片备〔2025〕2号")
				.param("registeredOn", "2025-03-01")
				.param("expiresOn", "2025-03-01")
				.param("scopeOccupations", "电工（四级）")
				.param("evaluationSites", "某地")
				.param("contactPerson", "x".repeat(51))
				.param("contactPhone", "12345"))
			.andExpect(status().isOk())
			.andExpect(view().name("institution/form"))
			.andExpect(model().attributeHasFieldErrors("form", "name", "creditCode", "authority", "expiresOn",
					"contactPerson", "contactPhone"))
			.andExpect(model().attributeHasFieldErrorCode("form", "name", "invalid"))
			.andExpect(content().string(allOf(containsString("id=\"name-error\""), containsString("请填写机构名称"),
					containsString("id=\"creditCode-error\""), containsString("统一社会信用代码应为 18 位，当前为 17 位"),
					containsString("考核鉴定机构由市级备案，不能选择区县"), containsString("备案有效期至必须晚于备案日期"),
					containsString("联系人不能超过 50 个字符"), containsString("联系电话格式不正确（手机号 11 位，或带区号的固定电话）"))))
			// what the user typed stays in the form
			.andExpect(content()
				.string(allOf(containsString("value=\"91350100M000100Y4\""), containsString("value=\"切片备〔2025〕2号\""),
						containsString("电工（四级）"), containsString("value=\"12345\""))));
		verify(this.registry, never()).create(any(), any());
	}

	@Test
	void processCreationFormReportsAnUnknownAuthorityAndAMissingDateOncePerField() throws Exception {
		this.mvc
			.perform(post("/institutions/new").with(Users.center())
				.with(csrf())
				.param("name", "备案机关测试")
				.param("creditCode", code("52500112MJ1234567"))
				.param("type", "LEVEL")
				.param("authority", "999999")
				.param("registrationNumber", "切片备〔2025〕3号")
				.param("registeredOn", "")
				.param("expiresOn", "2028-02-28")
				.param("scopeOccupations", "电工")
				.param("evaluationSites", "某地")
				.param("contactPerson", "测试")
				.param("contactPhone", "023-67891234"))
			.andExpect(status().isOk())
			.andExpect(model().attributeErrorCount("form", 2))
			.andExpect(content().string(allOf(containsString("请填写备案日期"), containsString("备案机关“999999”不是重庆市的区县"),
					containsString("value=\"备案机关测试\""))));
	}

	@Test
	void processCreationFormForADistrictChecksTheFormInItsOwnDistrict() throws Exception {
		given(this.registry.create(any(), any())).willReturn(7L);
		// the district's select is disabled, so no authority is posted: its own district
		// applies
		this.mvc
			.perform(post("/institutions/new").with(Users.district(YUBEI))
				.with(csrf())
				.param("name", "区县切片机构")
				.param("creditCode", code("52500112MJ7654321"))
				.param("type", "LEVEL")
				.param("registrationNumber", "区县切片备〔2025〕1号")
				.param("registeredOn", "2025-03-01")
				.param("expiresOn", "2028-02-28")
				.param("scopeOccupations", "电工")
				.param("evaluationSites", "某地")
				.param("contactPerson", "测试")
				.param("contactPhone", "023-67891234"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/institutions/7"));
	}

	@Test
	void processUpdateFormHasErrorsAndKeepsTheInput() throws Exception {
		given(this.registry.get(any(), eq(5L))).willReturn(institution(5));
		this.mvc
			.perform(post("/institutions/5/edit").with(Users.bureau())
				.with(csrf())
				.param("name", "改名后的机构")
				.param("creditCode", "")
				.param("type", "LEVEL")
				.param("authority", "CITY")
				.param("registrationNumber", "备〔2024〕5号")
				.param("registeredOn", "2024-01-01")
				.param("expiresOn", "2027-01-01")
				.param("scopeOccupations", "电工")
				.param("evaluationSites", "某地")
				.param("contactPerson", "测试")
				.param("contactPhone", "13800001111")
				.param("version", "3"))
			.andExpect(status().isOk())
			.andExpect(view().name("institution/form"))
			.andExpect(model().attributeHasFieldErrors("form", "creditCode"))
			.andExpect(model().attributeErrorCount("form", 1))
			.andExpect(content().string(allOf(containsString("统一社会信用代码不能为空"), containsString("value=\"改名后的机构\""),
					containsString("name=\"version\" value=\"3\""))));
		verify(this.registry, never()).update(any(), anyLong(), any());
	}

	@Test
	void changeStatusWithoutAReasonGoesBackWithTheErrorBesideTheField() throws Exception {
		given(this.registry.get(any(), eq(5L))).willReturn(institution(5));
		this.mvc
			.perform(post("/institutions/5/status").with(Users.center())
				.with(csrf())
				.param("status", "SUSPENDED")
				.param("reason", "  ")
				.param("version", "3"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/institutions/5"))
			.andExpect(flash().attribute("error", "请填写状态变更原因"))
			.andExpect(flash().attribute("statusErrors", Map.of("reason", "请填写状态变更原因")))
			.andExpect(flash().attribute("statusReason", "  "));
		verify(this.registry, never()).changeStatus(any(), anyLong(), any(), any(), any());
	}

	@Test
	void changeStatusWithoutAStatusGoesBackWithTheError() throws Exception {
		given(this.registry.get(any(), eq(5L))).willReturn(institution(5));
		this.mvc.perform(post("/institutions/5/status").with(Users.center()).with(csrf()).param("reason", "专项检查"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", "请选择新的状态"))
			.andExpect(flash().attribute("statusReason", "专项检查"));
	}

	@Test
	void showInstitutionShowsTheStatusErrorBesideItsField() throws Exception {
		given(this.registry.get(any(), eq(5L))).willReturn(institution(5));
		this.mvc
			.perform(get("/institutions/5").with(Users.center())
				.flashAttr("statusErrors", Map.of("reason", "请填写状态变更原因"))
				.flashAttr("statusReason", "原因草稿"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("id=\"reason-error\""), containsString("请填写状态变更原因"), containsString("原因草稿"))));
	}

	private static InstitutionView institution(long id) {
		return new InstitutionView(id, "某机构", code("52500112MJ0000055"), InstitutionType.LEVEL, YUBEI,
				"备〔2024〕" + id + "号", LocalDate.of(2024, 1, 1), LocalDate.of(2027, 1, 1), "电工", "某地", "测试",
				"13800001111", InstitutionStatus.NORMAL, 3, List.of());
	}

}
