package cn.gov.cq.jianping.scoring.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

import cn.gov.cq.jianping.rubric.CriterionDefinition;
import cn.gov.cq.jianping.rubric.VetoDefinition;

import static org.assertj.core.api.Assertions.assertThat;

class ScoringProperties {

	private static final ScoringEngine ENGINE = new ScoringEngine();

	private static final RuleSet DETAILED_LEVEL = RubricFixture.detailedLevelRuleSet();

	private static final RuleSet DEFAULT_APPRAISAL = RuleSet.defaultFor(RubricFixture.appraisal());

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	@Property
	void totalEqualsSumOfCategoriesEqualsSumOfItems(@ForAll("sheets") RuleSetAndSheet input) {
		ScoreResult result = ENGINE.score(input.rules(), input.sheet(), List.of());
		BigDecimal categories = BigDecimal.ZERO;
		for (CategoryScore category : result.categories()) {
			categories = categories.add(category.score());
			assertThat(category.score()).isBetween(BigDecimal.ZERO, category.max());
		}
		BigDecimal items = BigDecimal.ZERO;
		for (ItemScore item : result.items()) {
			items = items.add(item.score());
			assertThat(item.score()).isBetween(BigDecimal.ZERO, item.max());
		}
		BigDecimal criteria = BigDecimal.ZERO;
		for (CriterionScore criterion : result.criteria()) {
			if (criterion.score() != null) {
				criteria = criteria.add(criterion.score());
			}
		}
		assertThat(result.total()).isEqualByComparingTo(categories);
		assertThat(result.total()).isEqualByComparingTo(items);
		assertThat(result.total()).isEqualByComparingTo(criteria);
	}

	@Property
	void totalStaysWithinZeroAndOneHundred(@ForAll("sheets") RuleSetAndSheet input) {
		ScoreResult result = ENGINE.score(input.rules(), input.sheet(), List.of());
		assertThat(result.total()).isBetween(BigDecimal.ZERO, HUNDRED);
		assertThat(result.complete()).isEqualTo(result.missingItems().isEmpty());
		assertThat(result.bandGrade()).isEqualTo(Grade.ofTotal(result.total()));
	}

	@Property
	void gradeIsMonotoneInTheTotal(@ForAll @BigRange(min = "-10", max = "110") @Scale(3) BigDecimal a,
			@ForAll @BigRange(min = "-10", max = "110") @Scale(3) BigDecimal b) {
		BigDecimal low = a.min(b);
		BigDecimal high = a.max(b);
		assertThat(Grade.ofTotal(high).isLowerThan(Grade.ofTotal(low))).isFalse();
	}

	@Property
	void vetoNeverRaisesAGrade(@ForAll("sheets") RuleSetAndSheet input, @ForAll("severities") List<VetoSeverity> severities,
			@ForAll @IntRange(min = 0, max = 12) int firstVeto) {
		List<VetoDefinition> definitions = input.rules().rubric().vetoes();
		List<VetoFinding> findings = new ArrayList<>();
		for (int i = 0; i < severities.size(); i++) {
			findings.add(VetoFinding.of(definitions.get((firstVeto + i) % definitions.size()).code(), severities.get(i)));
		}
		ScoreResult without = ENGINE.score(input.rules(), input.sheet(), List.of());
		ScoreResult with = ENGINE.score(input.rules(), input.sheet(), findings);
		assertThat(with.total()).isEqualByComparingTo(without.total());
		assertThat(with.bandGrade()).isEqualTo(without.grade());
		assertThat(with.grade().isLowerThan(without.grade()) || with.grade() == without.grade()).isTrue();
		assertThat(with.capped()).isEqualTo(with.grade().isLowerThan(with.bandGrade()));
		for (VetoFinding finding : findings) {
			assertThat(with.grade().isLowerThan(finding.severity().cap()) || with.grade() == finding.severity().cap())
				.as("grade never above any veto cap")
				.isTrue();
		}
	}

	@Property(tries = 200)
	void consolidatingIdenticalSheetsGivesThatSheet(@ForAll("sheets") RuleSetAndSheet input,
			@ForAll @IntRange(min = 1, max = 7) int experts, @ForAll boolean trimmed) {
		ConsolidationMethod method = (trimmed && experts >= 5) ? ConsolidationMethod.TRIMMED_MEAN
				: ConsolidationMethod.MEAN;
		ScoreResult single = ENGINE.score(input.rules(), input.sheet(), List.of());
		PanelResult panel = new PanelConsolidation(ENGINE).consolidate(input.rules(), method,
				Collections.nCopies(experts, input.sheet()), List.of());
		for (CriterionScore criterion : single.criteria()) {
			BigDecimal consolidated = panel.criterionScores().get(criterion.code());
			if (criterion.score() == null) {
				assertThat(consolidated).isNull();
			}
			else {
				assertThat(consolidated).isEqualByComparingTo(criterion.score());
			}
		}
		assertThat(panel.result().total()).isEqualByComparingTo(single.total());
		assertThat(panel.result().missingItems()).isEqualTo(single.missingItems());
		assertThat(panel.result().grade()).isEqualTo(single.grade());
	}

	@Provide
	Arbitrary<List<VetoSeverity>> severities() {
		return Arbitraries.of(VetoSeverity.class).list().ofMinSize(0).ofMaxSize(3);
	}

	@Provide
	Arbitrary<RuleSetAndSheet> sheets() {
		return Arbitraries.oneOf(sheetsFor(DETAILED_LEVEL), sheetsFor(DEFAULT_APPRAISAL));
	}

	private static Arbitrary<RuleSetAndSheet> sheetsFor(RuleSet rules) {
		List<Arbitrary<CriterionInput>> inputs = new ArrayList<>();
		for (CriterionRule rule : rules.rules()) {
			inputs.add(inputFor(rule).injectNull(0.1));
		}
		List<String> codes = rules.rubric().criteria().stream().map(CriterionDefinition::code).toList();
		return Combinators.combine(inputs).as((values) -> {
			Map<String, CriterionInput> map = new LinkedHashMap<>();
			for (int i = 0; i < values.size(); i++) {
				if (values.get(i) != null) {
					map.put(rules.rules().get(i).criterionCode(), values.get(i));
				}
			}
			assertThat(codes).containsAll(map.keySet());
			return new RuleSetAndSheet(rules, new Sheet(map));
		});
	}

	private static Arbitrary<CriterionInput> inputFor(CriterionRule rule) {
		return switch (rule.type()) {
			case ALL_OR_NOTHING -> Arbitraries.of(true, false).map(CriterionInput::met);
			case SCALE -> {
				BigDecimal step = rule.parameters().effectiveStep();
				int steps = rule.points().divide(step).intValueExact();
				yield Arbitraries.integers().between(0, steps)
					.map((k) -> CriterionInput.value(step.multiply(BigDecimal.valueOf(k))));
			}
			case DEDUCTION_PER_OCCURRENCE -> Arbitraries.integers().between(0, 20).map(CriterionInput::count);
			case NO_VERIFIED_RECORDS -> Arbitraries.integers().between(0, 3).map(CriterionInput::count);
			case RATIO_AT_MOST -> Arbitraries.integers().between(0, 50).flatMap((den) -> Arbitraries.integers()
				.between(0, den)
				.map((num) -> CriterionInput.ratio(num, den)));
			case COMPLETION_RATIO -> Combinators
				.combine(Arbitraries.integers().between(0, 60), Arbitraries.integers().between(1, 50))
				.as((num, den) -> CriterionInput.ratio(num, den));
		};
	}

	record RuleSetAndSheet(RuleSet rules, Sheet sheet) {

		@Override
		public String toString() {
			return this.rules.rubric().code() + " " + this.sheet.inputs().size() + " inputs";
		}

	}

}
