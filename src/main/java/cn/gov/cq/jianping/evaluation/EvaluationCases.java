package cn.gov.cq.jianping.evaluation;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import cn.gov.cq.jianping.audit.AuditLog;
import cn.gov.cq.jianping.document.DocumentType;
import cn.gov.cq.jianping.evaluation.model.CaseStage;
import cn.gov.cq.jianping.evaluation.model.Deadline;
import cn.gov.cq.jianping.evaluation.model.IllegalTransitionException;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionView;
import cn.gov.cq.jianping.rubric.RubricDefinition;
import cn.gov.cq.jianping.scoring.RuleSets;
import cn.gov.cq.jianping.scoring.model.ConsolidationMethod;
import cn.gov.cq.jianping.scoring.model.CriterionInput;
import cn.gov.cq.jianping.scoring.model.CriterionScore;
import cn.gov.cq.jianping.scoring.model.InvalidInputException;
import cn.gov.cq.jianping.scoring.model.PanelConsolidation;
import cn.gov.cq.jianping.scoring.model.PanelResult;
import cn.gov.cq.jianping.scoring.model.RuleSet;
import cn.gov.cq.jianping.scoring.model.ScoreResult;
import cn.gov.cq.jianping.scoring.model.ScoringEngine;
import cn.gov.cq.jianping.scoring.model.Sheet;
import cn.gov.cq.jianping.scoring.model.VetoFinding;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review chain's use cases. Each first finds the case within the caller's scope (404 outside
 * it), then lets the case aggregate check the step, and records the step on the timeline.
 */
@Service
public class EvaluationCases {

	/** A gap this large between the self, district and panel totals is highlighted for the bureau. */
	static final BigDecimal LARGE_GAP = new BigDecimal("10");

	private final EvaluationCaseRepository cases;

	private final ScoreSheetRepository sheets;

	private final CaseEventRepository events;

	private final ExpertRepository experts;

	private final PanelMemberRepository panel;

	private final EvidenceFileRepository evidence;

	private final EvaluationRounds rounds;

	private final RuleSets ruleSets;

	private final InstitutionRegistry registry;

	private final ScoringEngine engine;

	private final PanelConsolidation consolidation;

	private final AuditLog auditLog;

	private final Clock clock;

	private final List<DailyRecordContributor> dailyRecordContributors;

	EvaluationCases(EvaluationCaseRepository cases, ScoreSheetRepository sheets, CaseEventRepository events,
			ExpertRepository experts, PanelMemberRepository panel, EvidenceFileRepository evidence,
			EvaluationRounds rounds, RuleSets ruleSets, InstitutionRegistry registry, ScoringEngine engine,
			PanelConsolidation consolidation, AuditLog auditLog, Clock clock,
			List<DailyRecordContributor> dailyRecordContributors) {
		this.dailyRecordContributors = dailyRecordContributors;
		this.cases = cases;
		this.sheets = sheets;
		this.events = events;
		this.experts = experts;
		this.panel = panel;
		this.evidence = evidence;
		this.rounds = rounds;
		this.ruleSets = ruleSets;
		this.registry = registry;
		this.engine = engine;
		this.consolidation = consolidation;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- reading

	@Transactional(readOnly = true)
	public CaseViews.CaseDetail detail(CurrentUser user, long caseId) {
		EvaluationCase evaluationCase = visible(user, caseId);
		EvaluationRound round = this.rounds.find(evaluationCase.getRoundId());
		RuleSet ruleSet = this.ruleSets.ruleSet(evaluationCase.getRuleSetId());
		List<ScoreSheet> all = this.sheets.findByCaseIdOrderByIdAsc(caseId);
		boolean hideOtherExperts = false;
		List<CaseViews.SheetView> visibleSheets = new ArrayList<>();
		Optional<Expert> me = user.hasRole(Role.EXPERT) ? this.experts.findByUsername(user.getUsername())
				: Optional.empty();
		boolean ownSubmitted = me.isPresent() && all.stream()
			.anyMatch(s -> s.getKind() == SheetKind.EXPERT && s.getAuthor().equals(user.getUsername()) && s.isSubmitted());
		for (ScoreSheet sheet : all) {
			if (!maySee(user, evaluationCase, sheet, ownSubmitted)) {
				if (sheet.getKind() == SheetKind.EXPERT) {
					hideOtherExperts = true;
				}
				continue;
			}
			visibleSheets.add(toView(sheet, ruleSet, evaluationCase));
		}
		List<CaseViews.MemberView> members = members(caseId);
		List<CaseViews.TimelineEntry> timeline = this.events.findByCaseIdOrderByOccurredAtAscIdAsc(caseId)
			.stream()
			.map(CaseEvent::toView)
			.toList();
		List<CaseViews.EvidenceView> files = this.evidence.findByCaseIdOrderByIdAsc(caseId)
			.stream()
			.filter(f -> maySeeEvidence(user, f, ownSubmitted))
			.map(f -> new CaseViews.EvidenceView(f.getId(), f.getSheetKind(), f.getFileName(), f.getContentType(),
					f.getSizeBytes(), f.getSha256(), f.getUploadedBy(), f.getUploadedAt()))
			.toList();
		return new CaseViews.CaseDetail(summary(evaluationCase, round), ruleSet.rubric(), ruleSet,
				round.getSelfDeadline(), round.getDistrictDeadline(), round.getCenterDeadline(),
				round.getConsolidationMethod().label(), evaluationCase.getVisitDate(), evaluationCase.getPanelOpinion(),
				evaluationCase.getApprovedBy(), evaluationCase.getApprovedAt(), evaluationCase.getApprovedTotal(),
				visibleSheets, members, timeline, files, dailyRecord(evaluationCase), hideOtherExperts);
	}

	/** The cases the user works on, newest first, within their scope. */
	@Transactional(readOnly = true)
	public List<CaseViews.CaseSummary> casesOf(CurrentUser user) {
		List<EvaluationCase> found = switch (user.role()) {
			case INSTITUTION -> this.cases.findByInstitutionIdOrderByIdDesc(user.institutionId());
			case DISTRICT -> this.cases.findByDistrictCodeAndViaDistrictTrueOrderByIdDesc(user.districtCode());
			case EXPERT -> this.experts.findByUsername(user.getUsername())
				.map(expert -> this.cases.findByIdInOrderByIdAsc(
						this.panel.findByExpertId(expert.getId()).stream().map(PanelMember::getCaseId).toList()))
				.orElse(List.of());
			case CENTER, BUREAU, ADMIN -> this.cases.findByStageInOrderByIdAsc(Set.of(CaseStage.values()));
		};
		return found.stream().map(c -> summary(c, this.rounds.find(c.getRoundId()))).toList();
	}

	@Transactional(readOnly = true)
	public List<CaseViews.CaseSummary> casesOfRound(CurrentUser user, long roundId) {
		requireRole(user, Role.CENTER, Role.BUREAU);
		EvaluationRound round = this.rounds.find(roundId);
		return this.cases.findByRoundIdOrderByInstitutionNameAscIdAsc(roundId)
			.stream()
			.map(c -> summary(c, round))
			.toList();
	}

	/** What waits for the user now; overdue items first. */
	@Transactional(readOnly = true)
	public List<CaseViews.TodoItem> todos(CurrentUser user) {
		List<CaseViews.TodoItem> todos = new ArrayList<>();
		Instant now = this.clock.instant();
		for (CaseViews.CaseSummary c : casesOf(user)) {
			String task = taskFor(user, c);
			if (task != null) {
				todos.add(new CaseViews.TodoItem(c.id(), c.institutionName(), task, c.stageDeadline(), c.overdue()));
			}
		}
		todos.sort((a, b) -> a.overdue() != b.overdue() ? (a.overdue() ? -1 : 1) : Long.compare(a.caseId(), b.caseId()));
		return todos;
	}

	private String taskFor(CurrentUser user, CaseViews.CaseSummary c) {
		return switch (user.role()) {
			case INSTITUTION -> c.stage() == CaseStage.SELF_ASSESSMENT ? (c.overdue() ? "自评已逾期，请尽快提交" : "填写并提交自评") : null;
			case DISTRICT -> c.stage() == CaseStage.DISTRICT_REVIEW ? "初评并报送中心"
					: (c.stage() == CaseStage.SELF_ASSESSMENT && c.overdue() ? "机构逾期未自评" : null);
			case CENTER -> switch (c.stage()) {
				case CENTER_EVALUATION -> members(c.id()).isEmpty() ? "组建专家组" : null;
				case SELF_ASSESSMENT -> c.overdue() ? "机构逾期未自评，可继续评估" : null;
				case DISTRICT_REVIEW -> c.overdue() ? "区县逾期未初评，可继续评估" : null;
				default -> null;
			};
			case EXPERT -> expertTask(user, c);
			case BUREAU -> c.stage() == CaseStage.BUREAU_REVIEW ? "审核初定等级" : null;
			case ADMIN -> null;
		};
	}

	private String expertTask(CurrentUser user, CaseViews.CaseSummary c) {
		if (c.stage() != CaseStage.CENTER_EVALUATION) {
			return null;
		}
		Optional<Expert> me = this.experts.findByUsername(user.getUsername());
		Optional<PanelMember> member = me.flatMap(e -> this.panel.findByCaseIdAndExpertId(c.id(), e.getId()));
		if (member.isEmpty()) {
			return null;
		}
		if (!member.get().hasDeclared()) {
			return "签署无利益冲突声明";
		}
		boolean submitted = this.sheets.findByCaseIdAndKindAndAuthor(c.id(), SheetKind.EXPERT, user.getUsername())
			.map(ScoreSheet::isSubmitted)
			.orElse(false);
		if (!submitted) {
			return "现场评分";
		}
		return member.get().isLead() ? "汇总专家评分并提交初定等级" : null;
	}

	// ---------------------------------------------------------------- sheets

	/** Scores a sheet without saving it: the live total beside the form. */
	@Transactional(readOnly = true)
	public ScoreResult preview(CurrentUser user, long caseId, SheetKind kind, SheetInput input) {
		EvaluationCase evaluationCase = visible(user, caseId);
		return score(evaluationCase, kind, input);
	}

	@Transactional
	public void saveSheet(CurrentUser user, long caseId, SheetKind kind, SheetInput input) {
		EvaluationCase evaluationCase = visible(user, caseId);
		requireMayEdit(user, evaluationCase, kind);
		ScoreSheet sheet = sheetFor(evaluationCase, kind, user.getUsername());
		if (sheet.getId() != null && (input.version() == null || input.version() != sheet.getVersion())) {
			throw new ObjectOptimisticLockingFailureException(ScoreSheet.class, sheet.getId());
		}
		ScoreResult result = score(evaluationCase, kind, input);
		Map<String, ScoreSheet.Entry> entries = new LinkedHashMap<>();
		Set<String> codes = new java.util.LinkedHashSet<>(input.inputs().keySet());
		codes.addAll(input.notes().keySet());
		for (String code : codes) {
			CriterionInput value = input.inputs().getOrDefault(code, new CriterionInput(null, null, null, null, null));
			entries.put(code, new ScoreSheet.Entry(value, blankToNull(input.notes().get(code))));
		}
		Map<String, ScoreSheet.Veto> vetoes = new LinkedHashMap<>();
		input.vetoes().forEach((code, veto) -> vetoes.put(code, new ScoreSheet.Veto(veto.severity(),
				veto.reason() == null ? "" : veto.reason().trim())));
		sheet.replace(entries, vetoes, blankToNull(input.opinion()), result.total(), result.grade(), this.clock.instant());
		this.sheets.save(sheet);
		record(evaluationCase, user, kind.label() + "暂存", null, null,
				"合计 " + plain(result.total()) + " 分" + (result.complete() ? "" : "（未评完）"));
	}

	@Transactional
	public void submitSelfAssessment(CurrentUser user, long caseId, Long version) {
		EvaluationCase evaluationCase = visible(user, caseId);
		ScoreSheet sheet = this.sheets.findByCaseIdAndKindAndAuthor(caseId, SheetKind.SELF, SheetKind.SELF.name())
			.orElseThrow(() -> new IllegalTransitionException("请先填写并暂存自评表"));
		requireVersion(sheet, version);
		requireComplete(evaluationCase, SheetKind.SELF, sheet);
		EvaluationCase.Transition transition = evaluationCase.submitSelfAssessment(user.role(), this.clock.instant());
		sheet.submit(this.clock.instant());
		record(evaluationCase, user, transition, "自评合计 " + plain(sheet.getTotal()) + " 分");
	}

	@Transactional
	public void forwardToCenter(CurrentUser user, long caseId) {
		EvaluationCase evaluationCase = visible(user, caseId);
		ScoreSheet sheet = this.sheets.findByCaseIdAndKindAndAuthor(caseId, SheetKind.DISTRICT, SheetKind.DISTRICT.name())
			.orElseThrow(() -> new IllegalTransitionException("请先填写并暂存初评意见"));
		requireComplete(evaluationCase, SheetKind.DISTRICT, sheet);
		EvaluationCase.Transition transition = evaluationCase.forwardToCenter(user.role(), this.clock.instant());
		sheet.submit(this.clock.instant());
		record(evaluationCase, user, transition, "初评合计 " + plain(sheet.getTotal()) + " 分");
	}

	@Transactional
	public void returnToInstitution(CurrentUser user, long caseId, String reason) {
		EvaluationCase evaluationCase = visible(user, caseId);
		EvaluationCase.Transition transition = evaluationCase.returnToInstitution(user.role(), reason,
				this.clock.instant());
		this.sheets.findByCaseIdAndKindAndAuthor(caseId, SheetKind.SELF, SheetKind.SELF.name())
			.ifPresent(sheet -> sheet.reopen(this.clock.instant()));
		record(evaluationCase, user, transition, null);
	}

	@Transactional
	public void proceedWithoutSelfAssessment(CurrentUser user, long caseId) {
		EvaluationCase evaluationCase = visible(user, caseId);
		EvaluationRound round = this.rounds.find(evaluationCase.getRoundId());
		record(evaluationCase, user, evaluationCase.proceedWithoutSelfAssessment(user.role(),
				round.selfDeadline().isMissedAt(this.clock.instant()), this.clock.instant()), null);
	}

	@Transactional
	public void proceedWithoutDistrictReview(CurrentUser user, long caseId) {
		EvaluationCase evaluationCase = visible(user, caseId);
		EvaluationRound round = this.rounds.find(evaluationCase.getRoundId());
		record(evaluationCase, user, evaluationCase.proceedWithoutDistrictReview(user.role(),
				round.districtDeadline().isMissedAt(this.clock.instant()), this.clock.instant()), null);
	}

	// ---------------------------------------------------------------- panel

	/** A pool entry as the center's pages show it. */
	public record ExpertView(long id, String username, String name, String speciality, String employer,
			Map<Long, String> conflicts) {
	}

	@Transactional(readOnly = true)
	public List<ExpertView> expertPool() {
		return this.experts.findAllByOrderByIdAsc()
			.stream()
			.map(e -> new ExpertView(e.getId(), e.getUsername(), e.getName(), e.getSpeciality(), e.getEmployer(),
					Map.copyOf(e.getConflicts())))
			.toList();
	}

	@Transactional
	public long addExpert(CurrentUser user, String username, String name, String speciality, String employer) {
		requireRole(user, Role.CENTER);
		if (username == null || username.isBlank() || name == null || name.isBlank()) {
			throw new IllegalTransitionException("请填写专家账号和姓名");
		}
		if (this.experts.existsByUsername(username.trim())) {
			throw new IllegalTransitionException("专家库中已有账号 " + username.trim());
		}
		Expert expert = this.experts.save(new Expert(username.trim(), name.trim(), nonBlank(speciality, "—"),
				nonBlank(employer, "—")));
		this.auditLog.record(user.getUsername(), "专家入库", "EXPERT", expert.getId(), name.trim());
		return expert.getId();
	}

	@Transactional
	public void declareConflict(CurrentUser user, long expertId, long institutionId, String reason) {
		requireRole(user, Role.CENTER, Role.EXPERT);
		Expert expert = this.experts.findById(expertId).orElseThrow(() -> new CaseNotFoundException("未找到专家"));
		if (user.hasRole(Role.EXPERT) && !expert.getUsername().equals(user.getUsername())) {
			throw new CaseNotFoundException("未找到专家");
		}
		if (reason == null || reason.isBlank()) {
			throw new IllegalTransitionException("请填写利益冲突情形（如任职单位、近期为其工作）");
		}
		expert.declareConflict(institutionId, reason.trim());
		this.auditLog.record(user.getUsername(), "登记利益冲突", "EXPERT", expertId, "机构 " + institutionId + "：" + reason.trim());
	}

	/** 第十一条: a panel of at least three experts with one lead, none with a conflict. */
	@Transactional
	public void formPanel(CurrentUser user, long caseId, List<Long> expertIds, Long leadId, LocalDate visitDate) {
		requireRole(user, Role.CENTER);
		EvaluationCase evaluationCase = visible(user, caseId);
		evaluationCase.requireStage(CaseStage.CENTER_EVALUATION, "组建专家组");
		List<Long> distinct = expertIds == null ? List.of() : expertIds.stream().filter(Objects::nonNull).distinct().toList();
		if (distinct.size() < 3) {
			throw new IllegalTransitionException("专家组至少需要 3 名专家");
		}
		if (leadId == null || !distinct.contains(leadId)) {
			throw new IllegalTransitionException("请从专家组成员中指定 1 名组长");
		}
		if (visitDate == null) {
			throw new IllegalTransitionException("请填写实地检查日期");
		}
		if (!this.sheets.findByCaseIdAndKind(caseId, SheetKind.EXPERT).isEmpty()) {
			throw new IllegalTransitionException("专家已开始评分，不能再调整专家组");
		}
		List<String> names = new ArrayList<>();
		for (Long expertId : distinct) {
			Expert expert = this.experts.findById(expertId).orElseThrow(() -> new IllegalTransitionException("专家不存在"));
			if (expert.conflictsWith(evaluationCase.getInstitutionId())) {
				throw new IllegalTransitionException("专家 " + expert.getName() + " 与该机构存在利益冲突（"
						+ expert.getConflicts().get(evaluationCase.getInstitutionId()) + "），不能分配");
			}
			names.add(expert.getName() + (expertId.equals(leadId) ? "（组长）" : ""));
		}
		this.panel.deleteByCaseId(caseId);
		for (Long expertId : distinct) {
			this.panel.save(new PanelMember(caseId, expertId, expertId.equals(leadId)));
		}
		evaluationCase.scheduleVisit(visitDate, this.clock.instant());
		record(evaluationCase, user, "组建专家组", null, null, String.join("、", names) + "；实地检查 " + visitDate);
	}

	/** The expert signs that they have no conflict with the institution before seeing the case. */
	@Transactional
	public void declareNoConflict(CurrentUser user, long caseId) {
		PanelMember member = membership(user, caseId);
		EvaluationCase evaluationCase = this.cases.findById(caseId).orElseThrow();
		member.declareNoConflict(this.clock.instant());
		this.panel.save(member);
		record(evaluationCase, user, "签署无利益冲突声明", null, null, null);
	}

	/** For the expert pages: whether the user sits on the panel and still has to sign. */
	@Transactional(readOnly = true)
	public boolean needsDeclaration(CurrentUser user, long caseId) {
		return user.hasRole(Role.EXPERT) && !membership(user, caseId).hasDeclared();
	}

	@Transactional
	public void submitExpertSheet(CurrentUser user, long caseId, Long version) {
		EvaluationCase evaluationCase = visible(user, caseId);
		evaluationCase.requireStage(CaseStage.CENTER_EVALUATION, "提交专家评分");
		ScoreSheet sheet = this.sheets.findByCaseIdAndKindAndAuthor(caseId, SheetKind.EXPERT, user.getUsername())
			.orElseThrow(() -> new IllegalTransitionException("请先填写并暂存评分表"));
		requireVersion(sheet, version);
		requireComplete(evaluationCase, SheetKind.EXPERT, sheet);
		sheet.submit(this.clock.instant());
		record(evaluationCase, user, "提交专家评分", null, null, "合计 " + plain(sheet.getTotal()) + " 分");
	}

	/** The panel result by the round's method, for the lead to review before submitting. */
	@Transactional(readOnly = true)
	public CaseViews.Consolidation consolidate(CurrentUser user, long caseId, List<VetoFinding> vetoes,
			Map<String, BigDecimal> consensus) {
		EvaluationCase evaluationCase = visible(user, caseId);
		requireLead(user, caseId);
		EvaluationRound round = this.rounds.find(evaluationCase.getRoundId());
		RuleSet ruleSet = this.ruleSets.ruleSet(evaluationCase.getRuleSetId());
		List<ScoreSheet> submitted = this.sheets.findByCaseIdAndKind(caseId, SheetKind.EXPERT)
			.stream()
			.filter(ScoreSheet::isSubmitted)
			.toList();
		int members = this.panel.findByCaseId(caseId).size();
		if (submitted.size() < members) {
			throw new IllegalTransitionException("尚有 " + (members - submitted.size()) + " 名专家未提交评分，不能汇总");
		}
		List<Sheet> expertSheets = submitted.stream().map(ScoreSheet::getEntries).map(EvaluationCases::sheetOf).toList();
		PanelResult result;
		try {
			result = round.getConsolidationMethod() == ConsolidationMethod.LEAD_CONSENSUS
					? this.consolidation.consolidate(ruleSet, round.getConsolidationMethod(), expertSheets,
							consensus == null ? Map.of() : consensus, vetoes)
					: this.consolidation.consolidate(ruleSet, round.getConsolidationMethod(), expertSheets, vetoes);
		}
		catch (InvalidInputException ex) {
			throw new SheetRejectedException(ex.errors());
		}
		return new CaseViews.Consolidation(round.getConsolidationMethod().label(), result.result(),
				result.disagreements(), submitted.size());
	}

	/** The lead records vetoes and the panel opinion and submits the initial grade to the bureau. */
	@Transactional
	public void submitInitialGrade(CurrentUser user, long caseId, Map<String, SheetInput.VetoInput> vetoes,
			Map<String, BigDecimal> consensus, String opinion) {
		EvaluationCase evaluationCase = visible(user, caseId);
		List<VetoFinding> findings = new ArrayList<>();
		for (Map.Entry<String, SheetInput.VetoInput> veto : vetoes.entrySet()) {
			if (veto.getValue().severity() == null) {
				throw new IllegalTransitionException("否定评判项 " + veto.getKey() + " 须认定情节严重程度（基本合格或不合格）");
			}
			if (veto.getValue().reason() == null || veto.getValue().reason().isBlank()) {
				throw new IllegalTransitionException("否定评判项 " + veto.getKey() + " 须写明理由");
			}
			findings.add(new VetoFinding(veto.getKey(), veto.getValue().severity(), veto.getValue().reason().trim()));
		}
		CaseViews.Consolidation panelResult = consolidate(user, caseId, findings, consensus);
		ScoreResult result = panelResult.result();
		EvaluationCase.Transition transition = evaluationCase.submitInitialGrade(user.role(), result.total(),
				result.grade(), opinion, this.clock.instant());
		ScoreSheet panelSheet = this.sheets.findByCaseIdAndKindAndAuthor(caseId, SheetKind.PANEL, SheetKind.PANEL.name())
			.orElseGet(() -> new ScoreSheet(caseId, SheetKind.PANEL, SheetKind.PANEL.name(), this.clock.instant()));
		if (panelSheet.isSubmitted()) {
			panelSheet.reopen(this.clock.instant());
		}
		Map<String, ScoreSheet.Entry> entries = new LinkedHashMap<>();
		for (CriterionScore score : result.criteria()) {
			if (score.score() != null) {
				entries.put(score.code(), new ScoreSheet.Entry(CriterionInput.value(score.score()), null));
			}
		}
		Map<String, ScoreSheet.Veto> vetoRows = new LinkedHashMap<>();
		findings.forEach(f -> vetoRows.put(f.code(), new ScoreSheet.Veto(f.severity(), f.reason())));
		panelSheet.replace(entries, vetoRows, opinion.trim(), result.total(), result.grade(), this.clock.instant());
		panelSheet.submit(this.clock.instant());
		this.sheets.save(panelSheet);
		record(evaluationCase, user, transition, String.join("；", result.explanation()));
	}

	// ---------------------------------------------------------------- bureau

	@Transactional(readOnly = true)
	public List<CaseViews.ReviewRow> review(CurrentUser user, long roundId) {
		requireRole(user, Role.BUREAU, Role.CENTER);
		List<CaseViews.ReviewRow> rows = new ArrayList<>();
		for (EvaluationCase c : this.cases.findByRoundIdOrderByInstitutionNameAscIdAsc(roundId)) {
			if (c.getStage() != CaseStage.BUREAU_REVIEW && c.getStage() != CaseStage.APPROVED) {
				continue;
			}
			BigDecimal self = total(c.getId(), SheetKind.SELF);
			BigDecimal district = total(c.getId(), SheetKind.DISTRICT);
			BigDecimal panelTotal = c.getInitialTotal();
			RubricDefinition rubric = this.ruleSets.ruleSet(c.getRuleSetId()).rubric();
			List<CaseViews.VetoView> vetoes = this.sheets.findByCaseIdAndKindAndAuthor(c.getId(), SheetKind.PANEL,
					SheetKind.PANEL.name())
				.map(sheet -> vetoViews(sheet, rubric))
				.orElse(List.of());
			boolean gap = gap(self, panelTotal) || gap(district, panelTotal);
			rows.add(new CaseViews.ReviewRow(c.getId(), c.getInstitutionName(), c.getRubricCode(), c.getStage(), self,
					district, panelTotal, c.getInitialGrade(), vetoes, gap, c.isSelfSkipped(), c.isDistrictSkipped()));
		}
		return rows;
	}

	@Transactional
	public void approve(CurrentUser user, long caseId) {
		EvaluationCase evaluationCase = visible(user, caseId);
		EvaluationCase.Transition transition = evaluationCase.approve(user.role(), user.getUsername(),
				this.clock.instant());
		record(evaluationCase, user, transition, null);
		this.auditLog.record(user.getUsername(), "审核通过", "CASE", caseId,
				evaluationCase.getInstitutionName() + "：" + transition.detail());
	}

	/** Approves several cases at once; one that cannot be approved stops the batch and nothing changes. */
	@Transactional
	public int approveAll(CurrentUser user, List<Long> caseIds) {
		if (caseIds == null || caseIds.isEmpty()) {
			throw new IllegalTransitionException("请勾选要审核通过的机构");
		}
		for (Long caseId : caseIds) {
			approve(user, caseId);
		}
		return caseIds.size();
	}

	@Transactional
	public void returnToCenter(CurrentUser user, long caseId, String reason) {
		EvaluationCase evaluationCase = visible(user, caseId);
		record(evaluationCase, user, evaluationCase.returnToCenter(user.role(), reason, this.clock.instant()), null);
		reopenPanelSheet(caseId);
		this.auditLog.record(user.getUsername(), "退回中心", "CASE", caseId, reason);
	}

	@Transactional
	public void reopen(CurrentUser user, long caseId, String reason) {
		EvaluationCase evaluationCase = visible(user, caseId);
		record(evaluationCase, user, evaluationCase.reopen(user.role(), reason, this.clock.instant()), null);
		reopenPanelSheet(caseId);
		this.auditLog.record(user.getUsername(), "重新评估", "CASE", caseId, reason);
	}

	/** Called by the publicity module when the bureau upholds an objection. */
	@Transactional
	public void reopenAfterUpheldObjection(CurrentUser user, long caseId, String conclusion) {
		EvaluationCase evaluationCase = visible(user, caseId);
		record(evaluationCase, user, evaluationCase.reopenAfterUpheldObjection(user.role(), conclusion,
				this.clock.instant()), null);
		reopenPanelSheet(caseId);
	}

	/** Records a step taken outside this module (publicity, confirmation) on the case's timeline. */
	@Transactional
	public void recordOnTimeline(long caseId, String actor, String action, String detail) {
		this.cases.findById(caseId)
			.ifPresent(c -> this.events.save(new CaseEvent(caseId, this.clock.instant(), actor, action, null, null, detail)));
	}

	// ---------------------------------------------------------------- evidence

	@Transactional
	public long addEvidence(CurrentUser user, long caseId, SheetKind kind, String fileName, byte[] content) {
		EvaluationCase evaluationCase = visible(user, caseId);
		requireMayEdit(user, evaluationCase, kind);
		if (content == null || content.length == 0) {
			throw new IllegalTransitionException("请选择要上传的文件");
		}
		if (content.length > DocumentType.MAX_BYTES) {
			throw new IllegalTransitionException("文件超过 10 MB 的上限");
		}
		DocumentType type = DocumentType.detect(fileName, content)
			.orElseThrow(() -> new IllegalTransitionException("只接受 PDF、JPG、PNG、DOCX、XLSX 文件，且文件内容须与扩展名一致"));
		String safeName = fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
		if (safeName.length() > 200) {
			safeName = safeName.substring(safeName.length() - 200);
		}
		EvidenceFile file = this.evidence.save(new EvidenceFile(caseId, kind, user.getUsername(), safeName,
				type.contentType(), content, sha256(content), this.clock.instant()));
		record(evaluationCase, user, "上传佐证材料", null, null, safeName + "（SHA-256 " + file.getSha256().substring(0, 12) + "…）");
		return file.getId();
	}

	/** An evidence file, only for those who may see its case. */
	public record EvidenceDownload(String fileName, String contentType, byte[] content) {
	}

	@Transactional(readOnly = true)
	public EvidenceDownload evidence(CurrentUser user, long fileId) {
		EvidenceFile file = this.evidence.findById(fileId)
			.orElseThrow(() -> new CaseNotFoundException("未找到文件"));
		visible(user, file.getCaseId());
		boolean ownSubmitted = this.sheets.findByCaseIdAndKindAndAuthor(file.getCaseId(), SheetKind.EXPERT, user.getUsername())
			.map(ScoreSheet::isSubmitted)
			.orElse(false);
		if (!maySeeEvidence(user, file, ownSubmitted)) {
			throw new CaseNotFoundException("未找到文件");
		}
		return new EvidenceDownload(file.getFileName(), file.getContentType(), file.getContent());
	}

	// ---------------------------------------------------------------- internals

	/** The case if the user may see it; otherwise 404, so that scope does not reveal existence. */
	EvaluationCase visible(CurrentUser user, long caseId) {
		EvaluationCase evaluationCase = this.cases.findById(caseId)
			.orElseThrow(() -> new CaseNotFoundException("未找到评估案件（编号 " + caseId + "），或您无权查看"));
		boolean allowed = switch (user.role()) {
			case CENTER, BUREAU -> true;
			case ADMIN -> false;
			case INSTITUTION -> Objects.equals(user.institutionId(), evaluationCase.getInstitutionId());
			case DISTRICT -> evaluationCase.isViaDistrict()
					&& Objects.equals(user.districtCode(), evaluationCase.getDistrictCode());
			case EXPERT -> expertMaySee(user, evaluationCase);
		};
		if (!allowed) {
			throw new CaseNotFoundException("未找到评估案件（编号 " + caseId + "），或您无权查看");
		}
		return evaluationCase;
	}

	private boolean expertMaySee(CurrentUser user, EvaluationCase evaluationCase) {
		Optional<Expert> expert = this.experts.findByUsername(user.getUsername());
		if (expert.isEmpty() || expert.get().conflictsWith(evaluationCase.getInstitutionId())) {
			return false;
		}
		return this.panel.findByCaseIdAndExpertId(evaluationCase.getId(), expert.get().getId())
			.map(PanelMember::hasDeclared)
			.orElse(false);
	}

	private PanelMember membership(CurrentUser user, long caseId) {
		requireRole(user, Role.EXPERT);
		Expert expert = this.experts.findByUsername(user.getUsername())
			.orElseThrow(() -> new CaseNotFoundException("未找到评估案件，或您无权查看"));
		EvaluationCase evaluationCase = this.cases.findById(caseId)
			.orElseThrow(() -> new CaseNotFoundException("未找到评估案件，或您无权查看"));
		if (expert.conflictsWith(evaluationCase.getInstitutionId())) {
			throw new CaseNotFoundException("未找到评估案件，或您无权查看");
		}
		return this.panel.findByCaseIdAndExpertId(caseId, expert.getId())
			.orElseThrow(() -> new CaseNotFoundException("未找到评估案件，或您无权查看"));
	}

	private void requireLead(CurrentUser user, long caseId) {
		if (!user.hasRole(Role.EXPERT) || !membership(user, caseId).isLead()) {
			throw new IllegalTransitionException("只有专家组组长可以汇总评分和提交初定等级");
		}
	}

	private boolean maySee(CurrentUser user, EvaluationCase evaluationCase, ScoreSheet sheet, boolean ownSubmitted) {
		return switch (user.role()) {
			case CENTER, BUREAU -> true;
			// The institution sees its own sheet and the district's opinion returned to it.
			case INSTITUTION -> sheet.getKind() == SheetKind.SELF || sheet.getKind() == SheetKind.DISTRICT && sheet.isSubmitted();
			case DISTRICT -> sheet.getKind() == SheetKind.SELF && sheet.isSubmitted() || sheet.getKind() == SheetKind.DISTRICT;
			// Experts score independently: others' sheets stay hidden until their own is submitted.
			case EXPERT -> switch (sheet.getKind()) {
				case SELF, DISTRICT -> sheet.isSubmitted();
				case EXPERT -> sheet.getAuthor().equals(user.getUsername()) || ownSubmitted && sheet.isSubmitted();
				case PANEL -> true;
			};
			case ADMIN -> false;
		};
	}

	/**
	 * Evidence follows its sheet: the institution sees its own, experts see others' site photos only
	 * after submitting their own sheet, so scoring stays independent.
	 */
	private static boolean maySeeEvidence(CurrentUser user, EvidenceFile file, boolean ownExpertSheetSubmitted) {
		return switch (user.role()) {
			case CENTER, BUREAU -> true;
			case INSTITUTION -> file.getSheetKind() == SheetKind.SELF;
			case DISTRICT -> file.getSheetKind() == SheetKind.SELF || file.getSheetKind() == SheetKind.DISTRICT;
			case EXPERT -> file.getSheetKind() != SheetKind.EXPERT || file.getUploadedBy().equals(user.getUsername())
					|| ownExpertSheetSubmitted;
			case ADMIN -> false;
		};
	}

	private void requireMayEdit(CurrentUser user, EvaluationCase evaluationCase, SheetKind kind) {
		switch (kind) {
			case SELF -> {
				requireRole(user, Role.INSTITUTION);
				evaluationCase.requireStage(CaseStage.SELF_ASSESSMENT, "修改自评");
			}
			case DISTRICT -> {
				requireRole(user, Role.DISTRICT);
				evaluationCase.requireStage(CaseStage.DISTRICT_REVIEW, "修改初评");
			}
			case EXPERT -> {
				requireRole(user, Role.EXPERT);
				evaluationCase.requireStage(CaseStage.CENTER_EVALUATION, "修改专家评分");
				if (!membership(user, evaluationCase.getId()).hasDeclared()) {
					throw new IllegalTransitionException("请先签署无利益冲突声明");
				}
			}
			case PANEL -> throw new IllegalTransitionException("专家组汇总表由组长在汇总时生成");
		}
	}

	private ScoreSheet sheetFor(EvaluationCase evaluationCase, SheetKind kind, String username) {
		String author = kind == SheetKind.EXPERT ? username : kind.name();
		return this.sheets.findByCaseIdAndKindAndAuthor(evaluationCase.getId(), kind, author)
			.orElseGet(() -> new ScoreSheet(evaluationCase.getId(), kind, author, this.clock.instant()));
	}

	private ScoreResult score(EvaluationCase evaluationCase, SheetKind kind, SheetInput input) {
		RuleSet ruleSet = this.ruleSets.ruleSet(evaluationCase.getRuleSetId());
		try {
			if (kind == SheetKind.DISTRICT) {
				Map<String, BigDecimal> items = new LinkedHashMap<>();
				input.inputs().forEach((code, value) -> {
					if (value.value() != null) {
						items.put(code, value.value());
					}
				});
				return this.engine.scoreItems(ruleSet.rubric(), items, List.of());
			}
			Map<String, CriterionInput> inputs = new LinkedHashMap<>();
			input.inputs().forEach((code, value) -> {
				if (!(value.value() == null && value.met() == null && value.count() == null && value.numerator() == null
						&& value.denominator() == null)) {
					inputs.put(code, value);
				}
			});
			return this.engine.score(ruleSet, new Sheet(inputs), List.of());
		}
		catch (InvalidInputException ex) {
			throw new SheetRejectedException(ex.errors());
		}
	}

	private void requireComplete(EvaluationCase evaluationCase, SheetKind kind, ScoreSheet sheet) {
		Map<String, CriterionInput> inputs = new LinkedHashMap<>();
		sheet.getEntries().forEach((code, entry) -> inputs.put(code, entry.input()));
		ScoreResult result = score(evaluationCase, kind, new SheetInput(inputs, Map.of(), Map.of(), null, null));
		if (!result.complete()) {
			throw new IllegalTransitionException("尚有 " + result.missingItems().size() + " 个项目未评分（"
					+ String.join("、", result.missingItems().subList(0, Math.min(5, result.missingItems().size())))
					+ (result.missingItems().size() > 5 ? "等" : "") + "），请评完后再提交");
		}
	}

	private CaseViews.SheetView toView(ScoreSheet sheet, RuleSet ruleSet, EvaluationCase evaluationCase) {
		Map<String, CaseViews.EntryView> entries = new LinkedHashMap<>();
		Map<String, CriterionInput> inputs = new LinkedHashMap<>();
		sheet.getEntries().forEach((code, entry) -> {
			entries.put(code, new CaseViews.EntryView(entry.input(), entry.note()));
			inputs.put(code, entry.input());
		});
		ScoreResult result;
		try {
			result = sheet.getKind() == SheetKind.PANEL ? null
					: score(evaluationCase, sheet.getKind(), new SheetInput(inputs, Map.of(), Map.of(), null, null));
		}
		catch (SheetRejectedException ex) {
			result = null;
		}
		String authorName = sheet.getKind() == SheetKind.EXPERT
				? this.experts.findByUsername(sheet.getAuthor()).map(Expert::getName).orElse(sheet.getAuthor())
				: sheet.getKind().label();
		return new CaseViews.SheetView(sheet.getId(), sheet.getKind(), sheet.getAuthor(), authorName,
				sheet.isSubmitted(), sheet.getTotal(), sheet.getGrade(), entries, vetoViews(sheet, ruleSet.rubric()),
				sheet.getOpinion(), sheet.getSubmittedAt(), sheet.getVersion(), result);
	}

	private static List<CaseViews.VetoView> vetoViews(ScoreSheet sheet, RubricDefinition rubric) {
		List<CaseViews.VetoView> views = new ArrayList<>();
		sheet.getVetoes().forEach((code, veto) -> views.add(new CaseViews.VetoView(code,
				rubric.veto(code).map(v -> v.text()).orElse(code), veto.severity(), veto.reason())));
		return views;
	}

	private List<CaseViews.MemberView> members(long caseId) {
		List<CaseViews.MemberView> members = new ArrayList<>();
		for (PanelMember member : this.panel.findByCaseId(caseId)) {
			this.experts.findById(member.getExpertId())
				.ifPresent(e -> members.add(new CaseViews.MemberView(e.getId(), e.getUsername(), e.getName(),
						e.getEmployer(), member.isLead(), member.hasDeclared())));
		}
		members.sort((a, b) -> Boolean.compare(b.lead(), a.lead()));
		return members;
	}

	/** 以日常管理情况为基础 (第十一条): what the registry knows of the institution. */
	private List<String> dailyRecord(EvaluationCase evaluationCase) {
		List<String> lines = new ArrayList<>();
		this.registry.find(evaluationCase.getInstitutionId()).ifPresent(institution -> {
			lines.add("备案状态：" + institution.status().label() + "；备案有效期 " + institution.registeredOn() + " 至 "
					+ institution.expiresOn());
			lines.add("备案范围：" + institution.scopeOccupations());
		});
		for (DailyRecordContributor contributor : this.dailyRecordContributors) {
			lines.addAll(contributor.linesFor(evaluationCase.getInstitutionId()));
		}
		for (EvaluationCase earlier : this.cases.findByInstitutionIdOrderByIdDesc(evaluationCase.getInstitutionId())) {
			if (!earlier.getId().equals(evaluationCase.getId()) && earlier.getApprovedGrade() != null) {
				lines.add("以往评估：" + this.rounds.find(earlier.getRoundId()).getName() + " 核准等级“"
						+ earlier.getApprovedGrade().label() + "”");
			}
		}
		return lines;
	}

	private CaseViews.CaseSummary summary(EvaluationCase c, EvaluationRound round) {
		LocalDate deadline = switch (c.getStage()) {
			case SELF_ASSESSMENT -> round.getSelfDeadline();
			case DISTRICT_REVIEW -> round.getDistrictDeadline();
			case CENTER_EVALUATION -> round.getCenterDeadline();
			default -> null;
		};
		boolean overdue = deadline != null && new Deadline(deadline).isMissedAt(this.clock.instant());
		return new CaseViews.CaseSummary(c.getId(), c.getRoundId(), round.getName(), c.getInstitutionId(),
				c.getInstitutionName(), c.getRubricCode(), c.getDistrictCode(), c.isViaDistrict(), c.getStage(),
				c.isSelfSkipped(), c.isDistrictSkipped(), c.getInitialTotal(), c.getInitialGrade(), c.getApprovedGrade(),
				deadline, overdue, c.getVersion());
	}

	private BigDecimal total(long caseId, SheetKind kind) {
		return this.sheets.findByCaseIdAndKindAndAuthor(caseId, kind, kind.name())
			.filter(ScoreSheet::isSubmitted)
			.map(ScoreSheet::getTotal)
			.orElse(null);
	}

	private void reopenPanelSheet(long caseId) {
		this.sheets.findByCaseIdAndKindAndAuthor(caseId, SheetKind.PANEL, SheetKind.PANEL.name())
			.ifPresent(sheet -> sheet.reopen(this.clock.instant()));
	}

	private static boolean gap(BigDecimal a, BigDecimal b) {
		return a != null && b != null && a.subtract(b).abs().compareTo(LARGE_GAP) >= 0;
	}

	private static Sheet sheetOf(Map<String, ScoreSheet.Entry> entries) {
		Map<String, CriterionInput> inputs = new LinkedHashMap<>();
		entries.forEach((code, entry) -> inputs.put(code, entry.input()));
		return new Sheet(inputs);
	}

	private void record(EvaluationCase evaluationCase, CurrentUser user, EvaluationCase.Transition transition,
			String extra) {
		String detail = transition.detail() == null ? extra
				: (extra == null ? transition.detail() : transition.detail() + "；" + extra);
		record(evaluationCase, user, transition.action(), transition.from(), transition.to(), detail);
	}

	private void record(EvaluationCase evaluationCase, CurrentUser user, String action, CaseStage from, CaseStage to,
			String detail) {
		this.cases.save(evaluationCase);
		this.events.save(new CaseEvent(evaluationCase.getId(), this.clock.instant(), user.getUsername(), action, from,
				to, detail));
	}

	private static void requireVersion(ScoreSheet sheet, Long version) {
		if (version != null && version != sheet.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(ScoreSheet.class, sheet.getId());
		}
	}

	private static void requireRole(CurrentUser user, Role... roles) {
		for (Role role : roles) {
			if (user.hasRole(role)) {
				return;
			}
		}
		throw new org.springframework.security.access.AccessDeniedException("无权执行此操作");
	}

	private static String plain(BigDecimal value) {
		if (value == null) {
			return "—";
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	private static String nonBlank(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value.trim();
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
