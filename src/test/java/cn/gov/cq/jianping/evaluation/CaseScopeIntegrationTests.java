package cn.gov.cq.jianping.evaluation;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import cn.gov.cq.jianping.evaluation.model.CaseStage;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.institution.InstitutionForm;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionType;
import cn.gov.cq.jianping.rubric.RubricCode;
import cn.gov.cq.jianping.scoring.RuleSets;
import cn.gov.cq.jianping.scoring.model.ConsolidationMethod;
import cn.gov.cq.jianping.scoring.model.RuleSet;
import cn.gov.cq.jianping.shared.CreditCode;
import cn.gov.cq.jianping.support.EvaluationUsers;
import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.MutableClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Nobody reaches a case outside their scope, and trying changes nothing.
 */
@IntegrationTest
class CaseScopeIntegrationTests {

	@Autowired
	EvaluationRounds rounds;

	@Autowired
	CaseQueries queries;

	@Autowired
	SheetDrafts drafts;

	@Autowired
	SelfAssessments selfAssessments;

	@Autowired
	DistrictReviews districtReviews;

	@Autowired
	ExpertPool pool;

	@Autowired
	Panels panels;

	@Autowired
	OnSiteScoring onSite;

	@Autowired
	EvidenceFiles evidenceFiles;

	@Autowired
	InstitutionRegistry registry;

	@Autowired
	RuleSets ruleSets;

	@Autowired
	MutableClock clock;

	private final CurrentUser center = EvaluationUsers.account("center", "中心", Role.CENTER, null, null);

	private long yubeiInstitution;

	private long jiangbeiInstitution;

	private long yubeiCase;

	private long jiangbeiCase;

	private long roundId;

	private long create(String district, String name) {
		String serial = String.format("%07d", Math.abs(System.nanoTime() % 10_000_000));
		String first17 = "52" + district + "ML" + serial;
		LocalDate registered = LocalDate.now(this.clock).minusYears(2);
		return this.registry.create(this.center,
				new InstitutionForm(name + serial, first17 + CreditCode.checkCharacter(first17), InstitutionType.LEVEL,
						district, "范围测备〔2024〕" + serial + "号", registered, registered.plusYears(3), "电工", "某地", "测试",
						"13800002222", null));
	}

	@BeforeEach
	void aRoundWithTwoDistricts() {
		this.yubeiInstitution = create("500112", "渝北范围测试");
		this.jiangbeiInstitution = create("500105", "江北范围测试");
		LocalDate today = LocalDate.now(this.clock);
		this.roundId = this.rounds.create(this.center,
				new EvaluationRounds.RoundForm("范围测试批次" + System.nanoTime(), today.getYear(),
						this.ruleSets.defaultFor(RubricCode.APPRAISAL).id(),
						this.ruleSets.defaultFor(RubricCode.LEVEL).id(), today.plusDays(1), today.plusDays(2),
						today.plusDays(3), ConsolidationMethod.MEAN));
		this.rounds.launch(this.center, this.roundId, null);
		List<CaseViews.CaseSummary> all = this.queries.casesOfRound(this.center, this.roundId);
		this.yubeiCase = all.stream()
			.filter(c -> c.institutionId() == this.yubeiInstitution)
			.findFirst()
			.orElseThrow()
			.id();
		this.jiangbeiCase = all.stream()
			.filter(c -> c.institutionId() == this.jiangbeiInstitution)
			.findFirst()
			.orElseThrow()
			.id();
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	private static CurrentUser institution(long id) {
		return EvaluationUsers.institution("i" + id, id);
	}

	private static CurrentUser district(String code) {
		return EvaluationUsers.district("d" + code, "区县", code);
	}

	private static CurrentUser expert(String username) {
		return EvaluationUsers.expert(username);
	}

	@Test
	void anInstitutionCannotOpenOrWriteAnotherInstitutionsCase() {
		CurrentUser other = institution(this.jiangbeiInstitution);
		assertThatThrownBy(() -> this.queries.detail(other, this.yubeiCase)).isInstanceOf(CaseNotFoundException.class);
		RuleSet ruleSet = this.queries.detail(this.center, this.yubeiCase).ruleSet();
		assertThatThrownBy(() -> this.drafts.saveSheet(other, this.yubeiCase, SheetKind.SELF,
				ReviewChainIT.fullMarks(ruleSet, BigDecimal.ZERO)))
			.isInstanceOf(CaseNotFoundException.class);
		assertThat(this.queries.detail(this.center, this.yubeiCase).sheets()).isEmpty();
		assertThat(this.queries.casesOf(other)).extracting(CaseViews.CaseSummary::institutionId)
			.containsOnly(this.jiangbeiInstitution);
	}

	@Test
	void anInstitutionCannotDownloadAnotherInstitutionsEvidence() {
		CurrentUser owner = institution(this.yubeiInstitution);
		byte[] pdf = "%PDF-1.4\n%测试\n".getBytes(StandardCharsets.UTF_8);
		long fileId = this.evidenceFiles.addEvidence(owner, this.yubeiCase, SheetKind.SELF, "台账.pdf", pdf);
		assertThat(this.evidenceFiles.evidence(owner, fileId).content()).isEqualTo(pdf);
		assertThatThrownBy(() -> this.evidenceFiles.evidence(institution(this.jiangbeiInstitution), fileId))
			.isInstanceOf(CaseNotFoundException.class);
		assertThatThrownBy(() -> this.evidenceFiles.evidence(district("500105"), fileId))
			.isInstanceOf(CaseNotFoundException.class);
		assertThat(this.queries.detail(this.center, this.yubeiCase).evidence()).singleElement()
			.satisfies(f -> assertThat(f.sha256()).hasSize(64));
	}

	@Test
	void aFileWhoseContentIsNotWhatItsNameSaysIsRefused() {
		CurrentUser owner = institution(this.yubeiInstitution);
		assertThatThrownBy(() -> this.evidenceFiles.addEvidence(owner, this.yubeiCase, SheetKind.SELF, "伪装.pdf",
				"MZ\u0090 not a pdf".getBytes(StandardCharsets.ISO_8859_1)))
			.hasMessageContaining("只接受 PDF、JPG、PNG、DOCX、XLSX");
		assertThat(this.queries.detail(this.center, this.yubeiCase).evidence()).isEmpty();
	}

	@Test
	void aDistrictCannotOpenAnotherDistrictsCase() {
		assertThatThrownBy(() -> this.queries.detail(district("500112"), this.jiangbeiCase))
			.isInstanceOf(CaseNotFoundException.class);
		assertThatThrownBy(() -> this.districtReviews.returnToInstitution(district("500112"), this.jiangbeiCase, "越权"))
			.isInstanceOf(CaseNotFoundException.class);
		assertThat(this.queries.detail(district("500112"), this.yubeiCase).summary().institutionId())
			.isEqualTo(this.yubeiInstitution);
		assertThat(this.queries.casesOf(district("500112"))).allMatch(c -> "500112".equals(c.districtCode()));
	}

	@Test
	void anExpertSeesOnlyCasesOfTheirPanelsAfterDeclaringAndNeverOnesWithAConflict() {
		long e1 = expertId("expert1");
		long e2 = expertId("expert2");
		long e3 = expertId("expert3");
		advancePastSelfDeadline();
		this.selfAssessments.proceedWithoutSelfAssessment(this.center, this.yubeiCase);
		this.panels.formPanel(this.center, this.yubeiCase, List.of(e1, e2, e3), e1, LocalDate.now(this.clock));
		// Not yet declared: nothing to see.
		assertThatThrownBy(() -> this.queries.detail(expert("expert2"), this.yubeiCase))
			.isInstanceOf(CaseNotFoundException.class);
		this.panels.declareNoConflict(expert("expert2"), this.yubeiCase);
		assertThat(this.queries.detail(expert("expert2"), this.yubeiCase).summary().selfSkipped()).isTrue();
		// Not on the panel of the other case.
		assertThatThrownBy(() -> this.queries.detail(expert("expert2"), this.jiangbeiCase))
			.isInstanceOf(CaseNotFoundException.class);
		assertThatThrownBy(() -> this.panels.declareNoConflict(expert("expert2"), this.jiangbeiCase))
			.isInstanceOf(CaseNotFoundException.class);
		// A conflict declared later hides the case again.
		this.pool.declareConflict(this.center, e2, this.yubeiInstitution, "近三年为该机构提供培训服务");
		assertThatThrownBy(() -> this.queries.detail(expert("expert2"), this.yubeiCase))
			.isInstanceOf(CaseNotFoundException.class);
	}

	@Test
	void aConflictedExpertCannotBeAssigned() {
		long e1 = expertId("expert1");
		long e2 = expertId("expert2");
		long e3 = expertId("expert3");
		this.pool.declareConflict(this.center, e3, this.jiangbeiInstitution, "在该机构兼职");
		advancePastSelfDeadline();
		this.selfAssessments.proceedWithoutSelfAssessment(this.center, this.jiangbeiCase);
		assertThatThrownBy(() -> this.panels.formPanel(this.center, this.jiangbeiCase, List.of(e1, e2, e3), e1,
				LocalDate.now(this.clock)))
			.hasMessageContaining("利益冲突");
		assertThat(this.queries.detail(this.center, this.jiangbeiCase).panel()).isEmpty();
		assertThatThrownBy(() -> this.panels.formPanel(this.center, this.jiangbeiCase, List.of(e1, e2), e1,
				LocalDate.now(this.clock)))
			.hasMessage("专家组至少需要 3 名专家");
	}

	@Test
	void otherExpertsScoresStayHiddenUntilTheExpertSubmitsTheirOwn() {
		long e1 = expertId("expert1");
		long e2 = expertId("expert2");
		long e3 = expertId("expert3");
		advancePastSelfDeadline();
		this.selfAssessments.proceedWithoutSelfAssessment(this.center, this.yubeiCase);
		this.panels.formPanel(this.center, this.yubeiCase, List.of(e1, e2, e3), e1, LocalDate.now(this.clock));
		RuleSet ruleSet = this.queries.detail(this.center, this.yubeiCase).ruleSet();
		for (String username : List.of("expert1", "expert2")) {
			this.panels.declareNoConflict(expert(username), this.yubeiCase);
		}
		this.drafts.saveSheet(expert("expert1"), this.yubeiCase, SheetKind.EXPERT,
				ReviewChainIT.fullMarks(ruleSet, BigDecimal.ONE));
		var seenByTwo = this.queries.detail(expert("expert2"), this.yubeiCase);
		assertThat(seenByTwo.sheets(SheetKind.EXPERT)).isEmpty();
		assertThat(seenByTwo.otherExpertsHidden()).isTrue();
		this.onSite.submitExpertSheet(expert("expert1"), this.yubeiCase, null);
		this.drafts.saveSheet(expert("expert2"), this.yubeiCase, SheetKind.EXPERT,
				ReviewChainIT.fullMarks(ruleSet, BigDecimal.TEN));
		assertThat(this.queries.detail(expert("expert2"), this.yubeiCase).sheets(SheetKind.EXPERT))
			.extracting(CaseViews.SheetView::author)
			.containsExactly("expert2");
		this.onSite.submitExpertSheet(expert("expert2"), this.yubeiCase, null);
		assertThat(this.queries.detail(expert("expert2"), this.yubeiCase).sheets(SheetKind.EXPERT))
			.extracting(CaseViews.SheetView::author)
			.containsExactlyInAnyOrder("expert1", "expert2");
	}

	@Test
	void theCenterCannotSkipTheSelfAssessmentBeforeTheDeadlineButCanFromMidnightAfter() {
		assertThatThrownBy(() -> this.selfAssessments.proceedWithoutSelfAssessment(this.center, this.yubeiCase))
			.hasMessageContaining("尚未过去");
		assertThat(this.queries.detail(this.center, this.yubeiCase).summary().stage())
			.isEqualTo(CaseStage.SELF_ASSESSMENT);
		advancePastSelfDeadline();
		assertThat(this.queries.todos(institution(this.yubeiInstitution)))
			.anyMatch(t -> t.caseId() == this.yubeiCase && t.overdue());
		assertThat(this.queries.todos(this.center)).anyMatch(t -> t.caseId() == this.yubeiCase && t.overdue());
		this.selfAssessments.proceedWithoutSelfAssessment(this.center, this.yubeiCase);
		var detail = this.queries.detail(this.center, this.yubeiCase);
		assertThat(detail.summary().selfSkipped()).isTrue();
		assertThat(detail.timeline()).anyMatch(e -> e.action().contains("逾期未自评"));
	}

	@Test
	void aSecondEditorFromAStaleVersionIsToldAndNothingIsOverwritten() {
		CurrentUser owner = institution(this.yubeiInstitution);
		RuleSet ruleSet = this.queries.detail(owner, this.yubeiCase).ruleSet();
		this.drafts.saveSheet(owner, this.yubeiCase, SheetKind.SELF, ReviewChainIT.fullMarks(ruleSet, BigDecimal.ONE));
		long version = this.queries.detail(owner, this.yubeiCase).sheet(SheetKind.SELF).version();
		SheetInput first = ReviewChainIT.fullMarks(ruleSet, new BigDecimal("2"));
		this.drafts.saveSheet(owner, this.yubeiCase, SheetKind.SELF,
				new SheetInput(first.inputs(), first.notes(), first.vetoes(), null, version));
		SheetInput stale = ReviewChainIT.fullMarks(ruleSet, BigDecimal.TEN);
		assertThatThrownBy(() -> this.drafts.saveSheet(owner, this.yubeiCase, SheetKind.SELF,
				new SheetInput(stale.inputs(), stale.notes(), stale.vetoes(), null, version)))
			.isInstanceOf(ObjectOptimisticLockingFailureException.class);
		assertThat(this.queries.detail(owner, this.yubeiCase).sheet(SheetKind.SELF).total()).isEqualByComparingTo("98");
	}

	private void advancePastSelfDeadline() {
		this.clock.advance(Duration.ofDays(2));
	}

	private long expertId(String username) {
		return this.pool.expertPool()
			.stream()
			.filter(e -> e.username().equals(username))
			.findFirst()
			.map(ExpertPool.ExpertView::id)
			.orElseGet(() -> this.pool.addExpert(this.center, username, "专家" + username, "职业技能评价", "某高校"));
	}

}
