package cn.gov.cq.jianping.scoring;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.rubric.RubricCatalog;
import cn.gov.cq.jianping.rubric.RubricCode;
import cn.gov.cq.jianping.scoring.model.CriterionRule;
import cn.gov.cq.jianping.scoring.model.RuleType;
import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class RuleSetIntegrationTests {

	@Autowired
	RuleSets ruleSets;

	@Autowired
	RubricCatalog catalog;

	@Autowired
	MockMvc mvc;

	private long draftCopy(String name) {
		return this.ruleSets.copy("center", this.ruleSets.defaultFor(RubricCode.APPRAISAL).id(), name);
	}

	private static RuleSetForm.Rule rule(RuleSetForm form, String code) {
		return form.getRules().stream().filter(r -> r.getCriterionCode().equals(code)).findFirst().orElseThrow();
	}

	@Test
	void eachRubricShipsAFrozenDefaultRuleSetThatValidates() {
		for (RubricCode code : RubricCode.values()) {
			RuleSetView defaults = this.ruleSets.defaultFor(code);
			assertThat(defaults.status()).isEqualTo(RuleSetStatus.FROZEN);
			assertThat(defaults.ruleSet().validate()).isEmpty();
			assertThat(defaults.ruleSet().rules()).hasSize(this.catalog.current(code).criteria().size());
		}
	}

	@Test
	void criteriaThatDoNotAddUpToTheItemAreRefusedWithTheItemNamed() {
		long id = draftCopy("合计不符测试");
		RuleSetForm form = RuleSets.formOf(this.ruleSets.view(id));
		rule(form, "A-01-1").setPoints("1.5");
		rule(form, "A-01-2").setPoints("1");
		RuleSets.Check check = this.ruleSets.check(id, form);
		assertThat(check.ok()).isFalse();
		assertThat(check.problems()).anySatisfy(p -> {
			assertThat(p.itemCode()).isEqualTo("A-01");
			assertThat(p.message()).contains("A-01").contains("岗位设置");
		});
		assertThat(check.itemSums().get("A-01").matches()).isFalse();
		assertThatThrownBy(() -> this.ruleSets.save("center", id, form)).isInstanceOf(RuleSetRejectedException.class)
			.hasMessageContaining("A-01");
		assertThat(this.ruleSets.view(id).ruleSet().rule("A-01-1").points()).isEqualByComparingTo("1");
	}

	@Test
	void aValidEditIsSavedThenFrozenAndNeverChangesAgain() {
		long id = draftCopy("冻结测试");
		RuleSetForm form = RuleSets.formOf(this.ruleSets.view(id));
		rule(form, "A-01-1").setPoints("1.5");
		rule(form, "A-01-1").setType(RuleType.ALL_OR_NOTHING);
		rule(form, "A-01-2").setPoints("0.5");
		rule(form, "A-02-1").setType(RuleType.DEDUCTION_PER_OCCURRENCE);
		rule(form, "A-02-1").setDeduction("0.5");
		this.ruleSets.save("center", id, form);
		RuleSetView saved = this.ruleSets.view(id);
		assertThat(saved.ruleSet().rule("A-01-1").type()).isEqualTo(RuleType.ALL_OR_NOTHING);
		assertThat(saved.ruleSet().rule("A-02-1").parameters().deduction()).isEqualByComparingTo("0.5");

		this.ruleSets.freeze("center", id, saved.version());
		RuleSetView frozen = this.ruleSets.view(id);
		assertThat(frozen.status()).isEqualTo(RuleSetStatus.FROZEN);
		assertThat(frozen.frozenBy()).isEqualTo("center");
		assertThat(this.catalog.versions()).anyMatch(v -> v.code() == RubricCode.APPRAISAL && v.inUse());
		RuleSetForm again = RuleSets.formOf(frozen);
		assertThatThrownBy(() -> this.ruleSets.save("center", id, again)).isInstanceOf(RuleSetRejectedException.class)
			.hasMessageContaining("已冻结");
	}

	@Test
	void aSaveFromAStaleVersionIsRefused() {
		long id = draftCopy("并发测试");
		RuleSetForm first = RuleSets.formOf(this.ruleSets.view(id));
		RuleSetForm second = RuleSets.formOf(this.ruleSets.view(id));
		this.ruleSets.save("center", id, first);
		assertThatThrownBy(() -> this.ruleSets.save("center", id, second))
			.isInstanceOf(ObjectOptimisticLockingFailureException.class);
	}

	@Test
	void aTypoInANumberIsReportedBesideItsCriterion() {
		long id = draftCopy("输入错误测试");
		RuleSetForm form = RuleSets.formOf(this.ruleSets.view(id));
		rule(form, "A-03-1").setPoints("两分");
		assertThat(this.ruleSets.check(id, form).problems())
			.anyMatch(p -> "A-03-1".equals(p.criterionCode()) && p.message().contains("不是有效数字"));
	}

	@Test
	void copyingNeedsANewName() {
		draftCopy("重名测试");
		assertThatThrownBy(() -> draftCopy("重名测试")).hasMessageContaining("已有名为");
		assertThatThrownBy(() -> draftCopy(" ")).hasMessageContaining("请填写评分细则名称");
	}

	@Test
	void onlyCenterStaffEditAndOthersCannotReachTheEditor() throws Exception {
		long id = draftCopy("权限测试");
		this.mvc.perform(get("/rule-sets/{id}", id).with(Users.bureau()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"read-only-note\"")));
		this.mvc.perform(post("/rule-sets/{id}/freeze", id).with(Users.bureau()).with(csrf()).param("version", "0"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/rule-sets").with(Users.expert())).andExpect(status().isForbidden());
		this.mvc.perform(get("/rule-sets/{id}", id).with(Users.institution(1))).andExpect(status().isForbidden());
		this.mvc.perform(get("/rule-sets/{id}", id).with(Users.center()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"rule-set-save\"")));
		assertThat(this.ruleSets.view(id).status()).isEqualTo(RuleSetStatus.DRAFT);
	}

	@Test
	void theLiveCheckAnswersWithTheProblemsFragment() throws Exception {
		long id = draftCopy("实时校验测试");
		RuleSetView view = this.ruleSets.view(id);
		var request = post("/rule-sets/{id}/check", id).with(Users.center())
			.with(csrf())
			.param("version", String.valueOf(view.version()));
		List<CriterionRule> rules = view.ruleSet().rules();
		for (int i = 0; i < rules.size(); i++) {
			var rule = rules.get(i);
			String points = rule.criterionCode().equals("A-01-1") ? "1.5" : rule.points().toPlainString();
			request.param("rules[" + i + "].criterionCode", rule.criterionCode())
				.param("rules[" + i + "].points", points)
				.param("rules[" + i + "].type", rule.type().name())
				.param("rules[" + i + "].step",
						rule.parameters().step() == null ? "" : rule.parameters().step().toPlainString());
		}
		this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"check-problems\"")))
			.andExpect(content().string(containsString("A-01")))
			.andExpect(content().string(containsString("细则合计 2.5 / 2 分")));
	}

}
