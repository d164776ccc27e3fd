package cn.gov.cq.jianping.renewal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import cn.gov.cq.jianping.evaluation.EvaluationRounds;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.institution.InstitutionForm;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionStatus;
import cn.gov.cq.jianping.institution.InstitutionType;
import cn.gov.cq.jianping.institution.InstitutionView;
import cn.gov.cq.jianping.publicity.GradeConfirmed;
import cn.gov.cq.jianping.publicity.GradeLookup;
import cn.gov.cq.jianping.rubric.RubricCode;
import cn.gov.cq.jianping.scoring.RuleSets;
import cn.gov.cq.jianping.scoring.model.ConsolidationMethod;
import cn.gov.cq.jianping.scoring.model.Grade;
import cn.gov.cq.jianping.shared.CreditCode;
import cn.gov.cq.jianping.supervision.Rectifications;
import cn.gov.cq.jianping.supervision.SupervisionDecisions;
import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.MutableClock;
import cn.gov.cq.jianping.support.PublicityUsers;
import cn.gov.cq.jianping.support.Users;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 延续备案 end to end on the real database: the grade is the basis (第八条), 优秀 waives the
 * technical evaluation (第十六条(二)), an unfinished rectification makes it wait (第十八条), 不合格
 * is refused (第十九条), the registration date stays, and each user sees only their own
 * scope.
 */
@IntegrationTest
class RenewalIT {

	static final CurrentUser CENTER = PublicityUsers.center();

	static final CurrentUser BUREAU = PublicityUsers.bureau();

	static final String YUBEI = "500112";

	static final byte[] PDF = "%PDF-1.4\n% 延续备案申请表\n".getBytes(StandardCharsets.UTF_8);

	@Autowired
	InstitutionRegistry registry;

	@Autowired
	RenewalFiling filing;

	@Autowired
	RenewalDecisions decisions;

	@Autowired
	RenewalQueries queries;

	@Autowired
	Rectifications rectifications;

	@Autowired
	SupervisionDecisions supervision;

	@Autowired
	GradeLookup lookup;

	@Autowired
	EvaluationRounds rounds;

	@Autowired
	RuleSets ruleSets;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	/** An institution whose registration runs out {@code daysLeft} days from today. */
	private long institution(String district, int daysLeft) {
		String serial = String.format("%07d", Math.abs(System.nanoTime() % 10_000_000));
		String first17 = "52" + (district == null ? "500000" : district) + "RN" + serial;
		LocalDate expires = LocalDate.now(this.clock).plusDays(daysLeft);
		return this.registry.create(CENTER,
				new InstitutionForm("延续测试机构" + serial, first17 + CreditCode.checkCharacter(first17),
						district == null ? InstitutionType.APPRAISAL : InstitutionType.LEVEL,
						district == null ? "CITY" : district, "延续测备〔2023〕" + serial + "号", expires.minusYears(3),
						expires, "电工；焊工", "重庆市渝北区某路 1 号", "测试", "13800007777", null));
	}

	private void confirm(long institutionId, Grade grade) {
		this.transactions.executeWithoutResult(status -> this.events
			.publishEvent(new GradeConfirmed(institutionId, 0, grade, 2025, this.clock.instant())));
	}

	private long apply(long institutionId) {
		return this.filing.apply(PublicityUsers.institution("i" + institutionId, institutionId), "电工；焊工",
				"重庆市渝北区某路 1 号", "备案期内开展评价 12 批次，无投诉。", List.of(new RenewalUpload("申请表.pdf", PDF)));
	}

	@Test
	void anExcellentInstitutionRenewsWithTheTechnicalEvaluationWaivedAndKeepsItsRegistrationDate() {
		long id = institution(null, 60);
		InstitutionView before = this.registry.find(id).orElseThrow();
		confirm(id, Grade.EXCELLENT);
		long application = apply(id);
		RenewalView view = this.queries.get(CENTER, application);
		assertThat(view.basis()).contains("优秀");
		assertThat(view.waiverApplies()).isTrue();
		assertThat(view.documents()).singleElement().satisfies(d -> assertThat(d.fileName()).isEqualTo("申请表.pdf"));

		this.decisions.decide(CENTER, application, view.version(), true, "材料齐全，符合延续条件", null);

		RenewalView decided = this.queries.get(CENTER, application);
		assertThat(decided.status()).isEqualTo("准予延续备案");
		assertThat(decided.technicalWaived()).isTrue();
		assertThat(decided.technicalReview()).contains("免于技术评估").contains("第十六条");
		assertThat(decided.documentNumber()).matches("渝人社延备〔\\d{4}〕\\d+号");
		InstitutionView after = this.registry.find(id).orElseThrow();
		assertThat(after.expiresOn()).isEqualTo(before.expiresOn().plusYears(3));
		assertThat(after.registeredOn()).isEqualTo(before.registeredOn());
		assertThat(decided.newExpiresOn()).isEqualTo(after.expiresOn());
		assertThat(new String(this.decisions.document(PublicityUsers.institution("i", id), application), 0, 5,
				StandardCharsets.ISO_8859_1))
			.isEqualTo("%PDF-");

		// 第八条: a renewal is not a new registration, so this year's round takes it by
		// default.
		LocalDate today = LocalDate.now(this.clock);
		long round = this.rounds.create(BUREAU,
				new EvaluationRounds.RoundForm("延续后批次" + System.nanoTime(), today.getYear(),
						this.ruleSets.defaultFor(RubricCode.APPRAISAL).id(),
						this.ruleSets.defaultFor(RubricCode.LEVEL).id(), today, today, today.plusDays(5),
						ConsolidationMethod.MEAN));
		assertThat(this.rounds.view(round).participants()).filteredOn(p -> p.institutionId() == id)
			.singleElement()
			.satisfies(p -> assertThat(p.defaultIncluded()).isTrue());
	}

	@Test
	void aBasicInstitutionWithAnOpenRectificationWaitsUntilTheRectificationIsAccepted() {
		long id = institution(YUBEI, 45);
		confirm(id, Grade.BASIC);
		long application = apply(id);
		CurrentUser yubei = PublicityUsers.district("yubei", YUBEI);
		RenewalView view = this.queries.get(yubei, application);
		assertThat(view.waits()).isTrue();
		assertThat(view.canDecide()).isTrue();
		assertThatThrownBy(() -> this.decisions.decide(yubei, application, null, true, "准予", "现场技术评估合格"))
			.isInstanceOf(RenewalRejectedException.class)
			.hasMessageContaining("整改")
			.hasMessageContaining("第十八条");
		assertThat(this.queries.get(yubei, application).open()).isTrue();

		long order = this.rectifications.visibleTo(yubei)
			.stream()
			.filter(o -> o.institutionId() == id)
			.findFirst()
			.orElseThrow()
			.id();
		this.rectifications.submitReport(PublicityUsers.institution("i", id), order, "已整改");
		this.rectifications.verify(yubei, order, true, "整改到位");

		assertThatThrownBy(() -> this.decisions.decide(yubei, application, null, true, "准予", " "))
			.isInstanceOf(RenewalRejectedException.class)
			.hasMessageContaining("技术评估");
		this.decisions.decide(yubei, application, null, true, "整改验收通过，技术评估合格", "2026年12月现场技术评估：合格");
		RenewalView decided = this.queries.get(yubei, application);
		assertThat(decided.status()).isEqualTo("准予延续备案");
		assertThat(decided.technicalWaived()).isFalse();
		assertThat(decided.technicalReview()).isEqualTo("2026年12月现场技术评估：合格");
	}

	@Test
	void anUnqualifiedInstitutionIsRefusedCitingArticleNineteen() {
		long id = institution(null, 30);
		confirm(id, Grade.UNQUALIFIED);
		assertThat(this.registry.find(id).orElseThrow().status()).isEqualTo(InstitutionStatus.CANCELLED);
		assertThatThrownBy(() -> apply(id)).isInstanceOf(RenewalRejectedException.class).hasMessageContaining("第十九条");
		assertThat(this.filing.prefill(PublicityUsers.institution("i", id)).refused()).isTrue();
	}

	@Test
	void applicationsOpenNinetyDaysBeforeExpiryAndOnlyOneAtATime() {
		long early = institution(null, 120);
		assertThatThrownBy(() -> apply(early)).isInstanceOf(RenewalRejectedException.class)
			.hasMessageContaining("90 日内");
		long due = institution(null, 80);
		apply(due);
		assertThatThrownBy(() -> apply(due)).isInstanceOf(RenewalRejectedException.class).hasMessageContaining("重复");
		assertThatThrownBy(() -> this.filing.apply(PublicityUsers.institution("i", due), "电工", "某地", "说明", List.of()))
			.isInstanceOf(RenewalRejectedException.class);
	}

	@Test
	void onlyTheRegisteringAuthorityDecidesAndOthersDoNotSeeTheApplication() {
		long yubeiInstitution = institution(YUBEI, 40);
		long application = apply(yubeiInstitution);
		CurrentUser otherDistrict = PublicityUsers.district("yuzhong", "500103");
		assertThatThrownBy(() -> this.queries.get(otherDistrict, application))
			.isInstanceOf(RenewalNotFoundException.class);
		assertThat(this.queries.visibleTo(otherDistrict)).noneMatch(a -> a.id() == application);
		assertThatThrownBy(
				() -> this.queries.get(PublicityUsers.institution("o", yubeiInstitution + 100000), application))
			.isInstanceOf(RenewalNotFoundException.class);
		assertThatThrownBy(() -> this.decisions.decide(otherDistrict, application, null, true, "越权", "合格"))
			.isInstanceOf(RenewalNotFoundException.class);
		// the center sees it but the district registered it, so the district decides
		assertThat(this.queries.get(CENTER, application).canDecide()).isFalse();
		assertThatThrownBy(() -> this.decisions.decide(CENTER, application, null, true, "越权", "合格"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.decisions.decide(BUREAU, application, null, true, "越权", "合格"))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.queries.get(BUREAU, application).id()).isEqualTo(application);
	}

	@Test
	void expiringRegistrationsAppearInTheToDosAtNinetyAndThirtyDays() {
		long soon = institution(null, 80);
		long urgent = institution(null, 20);
		long later = institution(null, 200);
		CurrentUser soonUser = PublicityUsers.institution("i", soon);
		assertThat(this.queries.todos(soonUser)).singleElement().satisfies(t -> {
			assertThat(t.key()).isEqualTo("expiry-" + soon);
			assertThat(t.task()).contains("请申请延续备案");
			assertThat(t.overdue()).isFalse();
		});
		assertThat(this.queries.todos(PublicityUsers.institution("i", urgent))).singleElement()
			.satisfies(t -> assertThat(t.overdue()).isTrue());
		assertThat(this.queries.todos(PublicityUsers.institution("i", later))).isEmpty();
		assertThat(this.queries.todos(CENTER)).extracting(t -> t.key())
			.contains("expiry-" + soon, "expiry-" + urgent)
			.doesNotContain("expiry-" + later);

		long application = apply(soon);
		assertThat(this.queries.todos(soonUser)).isEmpty();
		assertThat(this.queries.todos(CENTER)).extracting(t -> t.key())
			.contains("renewal-" + application)
			.doesNotContain("expiry-" + soon);
	}

	@Test
	void anExpiredRegistrationShowsAsExpiredAndIsRenewedThroughThisFlow() throws Exception {
		long id = institution(null, -5);
		LocalDate today = LocalDate.now(this.clock);
		InstitutionView expired = this.registry.find(id).orElseThrow();
		assertThat(expired.statusLabelOn(today)).isEqualTo("备案已过期");
		assertThat(this.lookup.institution(expired.creditCode()))
			.hasValueSatisfying(r -> assertThat(r.registrationStatus()).isEqualTo("备案已过期"));
		this.mvc.perform(get("/institutions/" + id).with(Users.center()))
			.andExpect(content().string(containsString("备案已过期")));

		long application = apply(id);
		this.decisions.decide(CENTER, application, null, true, "逾期申请，经技术评估合格", "现场技术评估合格");
		InstitutionView renewed = this.registry.find(id).orElseThrow();
		assertThat(renewed.expiresOn()).isEqualTo(today.plusYears(3));
		assertThat(renewed.statusLabelOn(today)).isEqualTo("正常");
	}

	@Test
	void theApplicationFormKeepsInputAndShowsEachErrorBesideItsField() throws Exception {
		long id = institution(null, 50);
		this.mvc.perform(get("/renewals/new").with(Users.institution(id)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("延续依据"), containsString("电工；焊工"))));
		this.mvc
			.perform(post("/renewals").with(Users.institution(id))
				.with(csrf())
				.param("scopeOccupations", "电工")
				.param("evaluationSites", "")
				.param("statement", "备案期内开展评价"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("请填写评价场所"), containsString("备案期内开展评价"),
					containsString("id=\"evaluationSites-error\""))));
		// other roles cannot apply, and a district cannot open the form
		this.mvc.perform(get("/renewals/new").with(Users.district(YUBEI))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/renewals").with(Users.center())
				.with(csrf())
				.param("scopeOccupations", "电工")
				.param("evaluationSites", "某地")
				.param("statement", "说明"))
			.andExpect(status().isForbidden());
	}

}
