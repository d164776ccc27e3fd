package cn.gov.cq.jianping.evaluation.web;

import java.util.List;

import cn.gov.cq.jianping.evaluation.Attempt;
import cn.gov.cq.jianping.evaluation.BureauApprovals;
import cn.gov.cq.jianping.evaluation.CaseQueries;
import cn.gov.cq.jianping.evaluation.DistrictReviews;
import cn.gov.cq.jianping.evaluation.ExpertPool;
import cn.gov.cq.jianping.evaluation.Panels;
import cn.gov.cq.jianping.evaluation.SelfAssessments;
import cn.gov.cq.jianping.evaluation.VisitDates;
import cn.gov.cq.jianping.evaluation.model.IllegalTransitionException;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.publicity.GradeLookup;
import cn.gov.cq.jianping.support.TestClockConfiguration;
import cn.gov.cq.jianping.support.Users;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The evaluation pages without the database: a refusal shown beside the form keeps the
 * input, and a refused step becomes the flash message and the redirect back, through the
 * one error advice.
 */
// the audit of staff downloads is a filter of another module that needs the database
@WebMvcTest(controllers = { ExpertPoolController.class, PanelController.class },
		excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "cn\\.gov\\.cq\\.jianping\\.audit\\..*"))
@Import(TestClockConfiguration.class)
class EvaluationPagesSliceTests {

	/**
	 * The application's security chain (package-private in {@code system}), so the role
	 * gates hold.
	 */
	@TestConfiguration
	@EnableWebSecurity
	@ComponentScan(basePackages = "cn.gov.cq.jianping.system", useDefaultFilters = false,
			includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
					pattern = "cn\\.gov\\.cq\\.jianping\\.system\\.(SecurityConfiguration|WebConfiguration)"))
	static class Security {

	}

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ExpertPool pool;

	@MockitoBean
	InstitutionRegistry registry;

	@MockitoBean
	CaseQueries queries;

	@MockitoBean
	SelfAssessments selfAssessments;

	@MockitoBean
	DistrictReviews districtReviews;

	@MockitoBean
	Panels panels;

	@MockitoBean
	BureauApprovals approvals;

	@MockitoBean
	VisitDates visitDates;

	/** The public page cache is a filter, so the slice builds it too. */
	@MockitoBean
	GradeLookup gradeLookup;

	@Test
	void processAddExpertRefusedKeepsTheInputAndShowsTheReason() throws Exception {
		given(this.pool.tryAddExpert(any(CurrentUser.class), eq("expert1"), eq("王建国"), eq("电工"), eq("某学院")))
			.willReturn(new Attempt<>(null, "专家库中已有账号 expert1", List.of()));
		this.mvc
			.perform(post("/experts").with(Users.center())
				.with(csrf())
				.param("username", "expert1")
				.param("name", "王建国")
				.param("speciality", "电工")
				.param("employer", "某学院"))
			.andExpect(status().isOk())
			.andExpect(view().name("evaluation/expert/list"))
			.andExpect(model().attribute("addError", "专家库中已有账号 expert1"))
			.andExpect(model().attribute("expertInput", new ExpertForm("expert1", "王建国", "电工", "某学院")))
			.andExpect(content().string(containsString("专家库中已有账号 expert1")));
	}

	@Test
	void processAddExpertHasErrorsBesideTheFieldsAndKeepsTheInput() throws Exception {
		this.mvc
			.perform(post("/experts").with(Users.center())
				.with(csrf())
				.param("username", "王 建国")
				.param("name", " ")
				.param("employer", "某学院"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("expertInput", "username", "Pattern"))
			.andExpect(model().attributeHasFieldErrorCode("expertInput", "name", "NotBlank"))
			.andExpect(content().string(containsString("登录账号只能由字母、数字和 . _ - 组成")))
			.andExpect(content().string(containsString("请填写专家姓名")))
			.andExpect(content().string(containsString("value=\"某学院\"")));
		then(this.pool).should(never()).tryAddExpert(any(), any(), any(), any(), any());
	}

	@Test
	void aRefusedStepBecomesTheFlashMessageAndTheRedirectBackToThePanelPage() throws Exception {
		willThrow(new IllegalTransitionException("自评截止日期尚未过去，不能跳过机构自评")).given(this.selfAssessments)
			.proceedWithoutSelfAssessment(any(CurrentUser.class), anyLong());
		this.mvc.perform(post("/cases/7/proceed-without-self").with(Users.center()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/cases/7/panel"))
			.andExpect(flash().attribute("error", "自评截止日期尚未过去，不能跳过机构自评"));
	}

	@Test
	void aRefusedReopenKeepsTheReasonTyped() throws Exception {
		willThrow(new IllegalTransitionException("当前环节为“市局审核”，不能重新评估")).given(this.approvals)
			.reopen(any(CurrentUser.class), anyLong(), eq("复核发现计分错误"));
		this.mvc.perform(post("/cases/7/reopen").with(Users.center()).with(csrf()).param("reason", "复核发现计分错误"))
			.andExpect(redirectedUrl("/cases/7/panel"))
			.andExpect(flash().attribute("error", "当前环节为“市局审核”，不能重新评估"))
			.andExpect(flash().attribute("reopenReason", "复核发现计分错误"));
	}

	@Test
	void aBlankReopenReasonIsRejectedByTheFormBeforeTheServiceIsAsked() throws Exception {
		this.mvc.perform(post("/cases/7/reopen").with(Users.center()).with(csrf()).param("reason", "  "))
			.andExpect(redirectedUrl("/cases/7/panel"))
			.andExpect(flash().attribute("error", "重新评估须填写原因"))
			.andExpect(flash().attribute("reopenReason", "  "));
		then(this.approvals).should(never()).reopen(any(CurrentUser.class), anyLong(), any());
	}

	@Test
	void theExpertPoolIsClosedToTheInstitution() throws Exception {
		this.mvc.perform(post("/experts").with(Users.institution(1)).with(csrf()).param("username", "x"))
			.andExpect(status().isForbidden());
	}

}
