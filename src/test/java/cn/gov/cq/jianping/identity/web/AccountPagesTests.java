package cn.gov.cq.jianping.identity.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.identity.Accounts;
import cn.gov.cq.jianping.identity.Role;
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
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The account administration and password pages alone: errors beside the field, input
 * kept (passwords never echoed), the service a mock.
 */
@WebMvcTest(controllers = { AccountAdminController.class, PasswordController.class },
		excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = WebSliceTest.OTHER_MODULES_THAN + "identity\\.).*"))
@WebSliceTest
class AccountPagesTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Accounts accounts;

	@Test
	void processAccountCreationSuccessShowsTheOneTimePasswordOnceWithoutARedirect() throws Exception {
		given(this.accounts.open(new Accounts.Opening("yubei2", "渝北区人社局", Role.DISTRICT, null, "500112")))
			.willReturn("Gx7#kP2mQw9!aZr4");
		this.mvc
			.perform(post("/admin/accounts").with(Users.sysadmin())
				.with(csrf())
				.param("username", "yubei2")
				.param("displayName", " 渝北区人社局 ")
				.param("role", "DISTRICT")
				.param("districtCode", "500112"))
			.andExpect(status().isOk())
			.andExpect(view().name("identity/one-time-password"))
			.andExpect(flash().attributeCount(0))
			.andExpect(content().string(allOf(containsString("账号 yubei2 已创建"), containsString(
					"<p class=\"fs-4 font-monospace mb-2\" id=\"one-time-password\">Gx7#kP2mQw9!aZr4</p>"))));
	}

	@Test
	void processPasswordResetShowsTheNewOneTimePassword() throws Exception {
		given(this.accounts.resetPassword("expert1")).willReturn("Hy8@nR3pTx7?bWs5");
		this.mvc.perform(post("/admin/accounts/expert1/password").with(Users.sysadmin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("账号 expert1 的密码已重置"), containsString("Hy8@nR3pTx7?bWs5"))));
	}

	@Test
	void processPasswordResetRefusalGoesBackToTheListWithTheReason() throws Exception {
		willThrow(new Accounts.AccountRejectedException("username", "账号不存在")).given(this.accounts)
			.resetPassword("nobody");
		this.mvc.perform(post("/admin/accounts/nobody/password").with(Users.sysadmin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attribute("error", "账号不存在"));
	}

	@Test
	void onlyTheSystemAdministratorResetsPasswords() throws Exception {
		this.mvc.perform(post("/admin/accounts/expert1/password").with(Users.secadmin()).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/accounts/expert1/password").with(Users.center()).with(csrf()))
			.andExpect(status().isForbidden());
		verify(this.accounts, never()).resetPassword(anyString());
	}

	@Test
	void processAccountCreationHasErrors() throws Exception {
		given(this.accounts.list()).willReturn(List.of());
		this.mvc
			.perform(post("/admin/accounts").with(Users.sysadmin())
				.with(csrf())
				.param("username", "a!")
				.param("displayName", "x".repeat(101))
				.param("role", "INSTITUTION"))
			.andExpect(status().isOk())
			.andExpect(view().name("identity/accounts"))
			.andExpect(model().attributeHasFieldErrors("form", "username", "displayName", "institutionId"))
			.andExpect(content().string(allOf(containsString("id=\"username-error\""),
					containsString("用户名为 3–50 位字母、数字或 _ . -"), containsString("姓名或单位不能超过 100 个字符"),
					containsString("机构账号必须选择所属机构"), containsString("value=\"a!\""))));
		verify(this.accounts, never()).open(any());
	}

	@Test
	void processAccountCreationWithoutRoleOrNameHasErrors() throws Exception {
		given(this.accounts.list()).willReturn(List.of());
		this.mvc
			.perform(post("/admin/accounts").with(Users.sysadmin())
				.with(csrf())
				.param("username", "newuser")
				.param("displayName", " ")
				.param("role", "DISTRICT"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "displayName", "districtCode"))
			.andExpect(content().string(allOf(containsString("请填写姓名或单位"), containsString("区县账号必须选择所属区县"),
					containsString("value=\"newuser\""))));
		this.mvc
			.perform(post("/admin/accounts").with(Users.sysadmin())
				.with(csrf())
				.param("username", "newuser")
				.param("displayName", "某人"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "role"))
			.andExpect(content().string(containsString("请选择角色")));
	}

	@Test
	void processAccountCreationShowsTheServicesRefusalBesideTheField() throws Exception {
		given(this.accounts.list()).willReturn(List.of());
		willThrow(new Accounts.AccountRejectedException("username", "用户名“center”已存在")).given(this.accounts).open(any());
		this.mvc
			.perform(post("/admin/accounts").with(Users.sysadmin())
				.with(csrf())
				.param("username", "center")
				.param("displayName", "中心")
				.param("role", "CENTER"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "username"))
			.andExpect(content().string(containsString("用户名“center”已存在")));
	}

	@Test
	void processPasswordChangeHasErrors() throws Exception {
		this.mvc
			.perform(post("/account/password").with(Users.center())
				.with(csrf())
				.param("currentPassword", "")
				.param("newPassword", "Neu#2026x")
				.param("confirmation", "Neu#2026y"))
			.andExpect(status().isOk())
			.andExpect(view().name("identity/password"))
			.andExpect(model().attributeHasFieldErrors("form", "currentPassword", "confirmation"))
			.andExpect(content().string(
					allOf(containsString("请填写当前密码"), containsString("两次输入的新密码不一致"), not(containsString("Neu#2026")))));
		verify(this.accounts, never()).changePassword(anyString(), anyString(), anyString());
	}

	@Test
	void processPasswordChangeShowsTheServicesRefusalBesideTheField() throws Exception {
		willThrow(new Accounts.AccountRejectedException("newPassword", "密码长度至少 8 位")).given(this.accounts)
			.changePassword("center", "Demo#2026", "short");
		this.mvc
			.perform(post("/account/password").with(Users.center())
				.with(csrf())
				.param("currentPassword", "Demo#2026")
				.param("newPassword", "short")
				.param("confirmation", "short"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "newPassword"))
			.andExpect(content().string(containsString("密码长度至少 8 位")));
	}

	@Test
	void processPasswordChangeSuccess() throws Exception {
		this.mvc
			.perform(post("/account/password").with(Users.center())
				.with(csrf())
				.param("currentPassword", "Demo#2026")
				.param("newPassword", "Neu#2026x")
				.param("confirmation", "Neu#2026x"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/home/center"))
			.andExpect(flash().attribute("message", "密码已修改"));
		verify(this.accounts).changePassword("center", "Demo#2026", "Neu#2026x");
	}

}
