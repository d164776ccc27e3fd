package cn.gov.cq.jianping.rubric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable, versioned scoring rubric: categories, items, criteria and vetoes in
 * document order.
 *
 * <p>
 * Codes must be unique across the whole rubric so that a criterion, item or veto code
 * alone identifies it. The lookups scan the (small) structure; callers on a hot path
 * should index once.
 *
 * @param code which of the two annexes this is
 * @param version rubric version, starting at 1, so stored results can name the rubric
 * they were scored on
 * @param name the rubric title
 * @param categories the categories in document order
 * @param vetoes the 否定评判项 in document order
 */
public record RubricDefinition(RubricCode code, int version, String name, List<CategoryDefinition> categories,
		List<VetoDefinition> vetoes) {

	public RubricDefinition {
		Objects.requireNonNull(code, "rubric code must not be null");
		if (version < 1) {
			throw new IllegalArgumentException("rubric version must be at least 1: " + version);
		}
		Checks.text(name, "rubric name");
		categories = List.copyOf(Objects.requireNonNull(categories, "categories must not be null"));
		vetoes = List.copyOf(Objects.requireNonNull(vetoes, "vetoes must not be null"));
		requireUniqueCodes(categories, vetoes);
	}

	private static void requireUniqueCodes(List<CategoryDefinition> categories, List<VetoDefinition> vetoes) {
		Set<String> seen = new HashSet<>();
		for (CategoryDefinition category : categories) {
			requireNew(seen, category.code());
			for (ItemDefinition item : category.items()) {
				requireNew(seen, item.code());
				for (CriterionDefinition criterion : item.criteria()) {
					requireNew(seen, criterion.code());
				}
			}
		}
		for (VetoDefinition veto : vetoes) {
			requireNew(seen, veto.code());
		}
	}

	private static void requireNew(Set<String> seen, String code) {
		if (!seen.add(code)) {
			throw new IllegalArgumentException("duplicate code in rubric: " + code);
		}
	}

	/**
	 * Returns the sum of the category points (100 for both annexes).
	 */
	public BigDecimal totalPoints() {
		BigDecimal total = BigDecimal.ZERO;
		for (CategoryDefinition category : this.categories) {
			total = total.add(category.points());
		}
		return total;
	}

	/**
	 * Returns every item in document order.
	 */
	public List<ItemDefinition> items() {
		List<ItemDefinition> items = new ArrayList<>();
		for (CategoryDefinition category : this.categories) {
			items.addAll(category.items());
		}
		return List.copyOf(items);
	}

	/**
	 * Returns every criterion in document order.
	 */
	public List<CriterionDefinition> criteria() {
		List<CriterionDefinition> criteria = new ArrayList<>();
		for (CategoryDefinition category : this.categories) {
			for (ItemDefinition item : category.items()) {
				criteria.addAll(item.criteria());
			}
		}
		return List.copyOf(criteria);
	}

	/**
	 * Returns the category with the given code.
	 */
	public Optional<CategoryDefinition> category(String code) {
		for (CategoryDefinition category : this.categories) {
			if (category.code().equals(code)) {
				return Optional.of(category);
			}
		}
		return Optional.empty();
	}

	/**
	 * Returns the item with the given code.
	 */
	public Optional<ItemDefinition> item(String code) {
		for (CategoryDefinition category : this.categories) {
			for (ItemDefinition item : category.items()) {
				if (item.code().equals(code)) {
					return Optional.of(item);
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Returns the criterion with the given code.
	 */
	public Optional<CriterionDefinition> criterion(String code) {
		for (CategoryDefinition category : this.categories) {
			for (ItemDefinition item : category.items()) {
				for (CriterionDefinition criterion : item.criteria()) {
					if (criterion.code().equals(code)) {
						return Optional.of(criterion);
					}
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Returns the item that contains the criterion with the given code.
	 */
	public Optional<ItemDefinition> itemOfCriterion(String criterionCode) {
		for (CategoryDefinition category : this.categories) {
			for (ItemDefinition item : category.items()) {
				for (CriterionDefinition criterion : item.criteria()) {
					if (criterion.code().equals(criterionCode)) {
						return Optional.of(item);
					}
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Returns the veto with the given code.
	 */
	public Optional<VetoDefinition> veto(String code) {
		for (VetoDefinition veto : this.vetoes) {
			if (veto.code().equals(code)) {
				return Optional.of(veto);
			}
		}
		return Optional.empty();
	}

	/**
	 * Returns the number of criteria in the rubric.
	 */
	public int criterionCount() {
		int count = 0;
		for (CategoryDefinition category : this.categories) {
			for (ItemDefinition item : category.items()) {
				count += item.criteria().size();
			}
		}
		return count;
	}

}
