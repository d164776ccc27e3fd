package cn.gov.cq.jianping.scoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import cn.gov.cq.jianping.audit.AuditLog;
import cn.gov.cq.jianping.rubric.ItemDefinition;
import cn.gov.cq.jianping.rubric.RubricCatalog;
import cn.gov.cq.jianping.rubric.RubricCode;
import cn.gov.cq.jianping.rubric.RubricDefinition;
import cn.gov.cq.jianping.scoring.model.CriterionRule;
import cn.gov.cq.jianping.scoring.model.RuleParameters;
import cn.gov.cq.jianping.scoring.model.RuleSet;
import cn.gov.cq.jianping.scoring.model.RuleSetProblem;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 评分细则 (第六条): each item's points refined per criterion. Each rubric's default set ships
 * frozen; center staff copy one, edit the copy and freeze it for a round.
 */
@Service
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RuleSets implements ApplicationRunner {

	static final String AUDIT_TYPE = "RULE_SET";

	private final RuleSetRecords records;

	private final RubricCatalog catalog;

	private final AuditLog auditLog;

	private final Clock clock;

	RuleSets(RuleSetRecords records, RubricCatalog catalog, AuditLog auditLog, Clock clock) {
		this.records = records;
		this.catalog = catalog;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		this.catalog.loadShippedRubrics();
		for (RubricCode code : RubricCode.values()) {
			RubricDefinition rubric = this.catalog.current(code);
			if (!this.records.existsByRubricCodeAndRubricVersionAndDefaultSetTrue(code, rubric.version())) {
				RuleSet defaults = RuleSet.defaultFor(rubric);
				RuleSetRecord record = new RuleSetRecord("默认评分细则（" + code.label() + "，第 " + rubric.version() + " 版）",
						code, rubric.version(), defaults.rules(), null, true, "system", this.clock.instant());
				record.freeze("system", this.clock.instant());
				this.records.save(record);
			}
		}
	}

	/** A row of the rule set list. */
	public record Summary(long id, String name, RubricCode rubricCode, int rubricVersion, RuleSetStatus status,
			boolean defaultSet, String createdBy, Instant updatedAt) {
	}

	@Transactional(readOnly = true)
	public List<Summary> list() {
		return this.records.findAllByOrderByRubricCodeAscIdAsc()
			.stream()
			.map(r -> new Summary(r.getId(), r.getName(), r.getRubricCode(), r.getRubricVersion(), r.getStatus(),
					r.isDefaultSet(), r.getCreatedBy(), r.getUpdatedAt()))
			.toList();
	}

	@Transactional(readOnly = true)
	public RuleSetView view(long id) {
		return toView(find(id));
	}

	/** The domain rule set, for scoring sheets. */
	@Transactional(readOnly = true)
	public RuleSet ruleSet(long id) {
		return view(id).ruleSet();
	}

	@Transactional(readOnly = true)
	public RuleSetView defaultFor(RubricCode code) {
		return toView(this.records.findFirstByRubricCodeAndDefaultSetTrueOrderByRubricVersionDesc(code)
			.orElseThrow(() -> new NoSuchElementException("缺少默认评分细则：" + code)));
	}

	@Transactional
	public long copy(String actor, long sourceId, String name) {
		String trimmed = name == null ? "" : name.trim();
		if (trimmed.isEmpty()) {
			throw new RuleSetRejectedException("请填写评分细则名称");
		}
		if (trimmed.length() > 100) {
			throw new RuleSetRejectedException("评分细则名称不能超过 100 个字符");
		}
		if (this.records.existsByName(trimmed)) {
			throw new RuleSetRejectedException("已有名为“" + trimmed + "”的评分细则");
		}
		RuleSetRecord source = find(sourceId);
		RuleSetRecord copy = this.records.save(new RuleSetRecord(trimmed, source.getRubricCode(),
				source.getRubricVersion(), source.rules(), source.getId(), false, actor, this.clock.instant()));
		this.auditLog.record(actor, "评分细则创建", AUDIT_TYPE, copy.getId(), "复制自“" + source.getName() + "”");
		return copy.getId();
	}

	/** Problems of a form, without saving anything: the editor's live check. */
	@Transactional(readOnly = true)
	public Check check(long id, RuleSetForm form) {
		RuleSetRecord record = find(id);
		RubricDefinition rubric = rubricOf(record);
		List<RuleSetProblem> problems = new ArrayList<>();
		List<CriterionRule> rules = parse(rubric, form, problems);
		RuleSet ruleSet = new RuleSet(rubric, nameOf(form, record), rules);
		Set<String> unreadable = new HashSet<>();
		problems.forEach(problem -> unreadable.add(problem.criterionCode()));
		ruleSet.validate()
			.stream()
			.filter(problem -> problem.criterionCode() == null || !unreadable.contains(problem.criterionCode()))
			.forEach(problems::add);
		return new Check(problems, itemSums(rubric, rules));
	}

	@Transactional
	public void save(String actor, long id, RuleSetForm form) {
		RuleSetRecord record = find(id);
		requireDraft(record);
		if (form.getVersion() == null || form.getVersion() != record.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(RuleSetRecord.class, id);
		}
		Check check = check(id, form);
		String name = nameOf(form, record);
		if (name.isBlank()) {
			throw new RuleSetRejectedException("请填写评分细则名称");
		}
		if (!check.ok()) {
			throw new RuleSetRejectedException(check.problems());
		}
		RubricDefinition rubric = rubricOf(record);
		List<CriterionRule> rules = parse(rubric, form, new ArrayList<>());
		record.replaceRules(rules);
		record.rename(name, this.clock.instant());
		this.records.save(record);
		this.auditLog.record(actor, "评分细则保存", AUDIT_TYPE, id, name);
	}

	/**
	 * Freezing makes the set and its rubric version immutable, as a round is about to use
	 * them.
	 */
	@Transactional
	public void freeze(String actor, long id, Long version) {
		RuleSetRecord record = find(id);
		requireDraft(record);
		if (version == null || version != record.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(RuleSetRecord.class, id);
		}
		RuleSet ruleSet = new RuleSet(rubricOf(record), record.getName(), record.rules());
		List<RuleSetProblem> problems = ruleSet.validate();
		if (!problems.isEmpty()) {
			throw new RuleSetRejectedException(problems);
		}
		record.freeze(actor, this.clock.instant());
		this.records.save(record);
		this.catalog.markInUse(record.getRubricCode(), record.getRubricVersion());
		this.auditLog.record(actor, "评分细则冻结", AUDIT_TYPE, id, record.getName());
	}

	/**
	 * The outcome of a live check: problems, and each item's entered total beside its
	 * points.
	 */
	public record Check(List<RuleSetProblem> problems, Map<String, ItemSum> itemSums) {

		public boolean ok() {
			return this.problems.isEmpty();
		}

	}

	/** What the criteria of an item add up to, against what they must. */
	public record ItemSum(String itemCode, BigDecimal entered, BigDecimal required) {

		public boolean matches() {
			return this.entered.compareTo(this.required) == 0;
		}

	}

	static RuleSetForm formOf(RuleSetView view) {
		RuleSetForm form = new RuleSetForm();
		form.setName(view.name());
		form.setVersion(view.version());
		for (CriterionRule rule : view.ruleSet().rules()) {
			form.getRules()
				.add(new RuleSetForm.Rule(rule.criterionCode(), plain(rule.points()), rule.type(),
						plain(rule.parameters().step()), plain(rule.parameters().deduction()),
						plain(rule.parameters().threshold())));
		}
		return form;
	}

	private static String plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}

	private static Map<String, ItemSum> itemSums(RubricDefinition rubric, List<CriterionRule> rules) {
		Map<String, BigDecimal> entered = new LinkedHashMap<>();
		for (CriterionRule rule : rules) {
			rubric.itemOfCriterion(rule.criterionCode())
				.ifPresent(item -> entered.merge(item.code(), rule.points() == null ? BigDecimal.ZERO : rule.points(),
						BigDecimal::add));
		}
		Map<String, ItemSum> sums = new LinkedHashMap<>();
		for (ItemDefinition item : rubric.items()) {
			sums.put(item.code(),
					new ItemSum(item.code(), entered.getOrDefault(item.code(), BigDecimal.ZERO), item.points()));
		}
		return sums;
	}

	private static List<CriterionRule> parse(RubricDefinition rubric, RuleSetForm form, List<RuleSetProblem> problems) {
		List<CriterionRule> rules = new ArrayList<>();
		for (RuleSetForm.Rule row : form.getRules()) {
			if (row.getCriterionCode() == null) {
				continue;
			}
			String item = rubric.itemOfCriterion(row.getCriterionCode()).map(ItemDefinition::code).orElse(null);
			BigDecimal points = number(row.getPoints(), item, row.getCriterionCode(), "分值", problems);
			RuleParameters parameters = new RuleParameters(
					number(row.getStep(), item, row.getCriterionCode(), "评分档", problems),
					number(row.getDeduction(), item, row.getCriterionCode(), "每次扣分", problems),
					number(row.getThreshold(), item, row.getCriterionCode(), "阈值", problems));
			rules.add(new CriterionRule(row.getCriterionCode(), points, row.getType(), parameters));
		}
		return rules;
	}

	private static BigDecimal number(String text, String item, String criterion, String label,
			List<RuleSetProblem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.trim());
		}
		catch (NumberFormatException ex) {
			problems.add(new RuleSetProblem(item, criterion,
					"细则 " + criterion + " 的" + label + "“" + text.trim() + "”不是有效数字"));
			return null;
		}
	}

	private static String nameOf(RuleSetForm form, RuleSetRecord record) {
		return form.getName() == null ? record.getName() : form.getName().trim();
	}

	private static void requireDraft(RuleSetRecord record) {
		if (record.getStatus() != RuleSetStatus.DRAFT) {
			throw new RuleSetRejectedException("评分细则“" + record.getName() + "”已冻结，不能修改；如需调整请复制后另建");
		}
	}

	private RuleSetRecord find(long id) {
		return this.records.findById(id).orElseThrow(() -> new RuleSetNotFoundException(id));
	}

	private RubricDefinition rubricOf(RuleSetRecord record) {
		return this.catalog.version(record.getRubricCode(), record.getRubricVersion()).orElseThrow();
	}

	private RuleSetView toView(RuleSetRecord record) {
		RuleSet ruleSet = new RuleSet(rubricOf(record), record.getName(), record.rules());
		return new RuleSetView(record.getId(), record.getName(), record.getRubricCode(), record.getRubricVersion(),
				record.getStatus(), record.isDefaultSet(), record.getBasedOn(), record.getCreatedBy(),
				record.getCreatedAt(), record.getUpdatedAt(), record.getFrozenBy(), record.getFrozenAt(),
				record.getVersion(), ruleSet);
	}

}
