package cn.gov.cq.jianping.scoring.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The four institution grades of 第七条, declared from highest to lowest.
 */
public enum Grade {

	/** 优秀：总得分 90 分及以上. */
	EXCELLENT("优秀"),

	/** 合格：75 分及以上 90 分以下. */
	QUALIFIED("合格"),

	/** 基本合格：60 分及以上 75 分以下. */
	BASIC("基本合格"),

	/** 不合格：60 分以下. */
	UNQUALIFIED("不合格");

	private final String label;

	Grade(String label) {
		this.label = label;
	}

	/**
	 * Returns the Chinese grade name used in the measures.
	 */
	public String label() {
		return this.label;
	}

	/**
	 * Returns the grade 第七条 assigns to an exact (unrounded) total: 89.999 is still 合格.
	 */
	public static Grade ofTotal(BigDecimal total) {
		return GradeBand.of(total).grade();
	}

	/**
	 * Tells whether this grade ranks below the other one.
	 */
	public boolean isLowerThan(Grade other) {
		Objects.requireNonNull(other, "other grade must not be null");
		return ordinal() > other.ordinal();
	}

	/**
	 * Returns the lower of two grades.
	 */
	public static Grade lower(Grade a, Grade b) {
		Objects.requireNonNull(a, "grade must not be null");
		Objects.requireNonNull(b, "grade must not be null");
		return a.isLowerThan(b) ? a : b;
	}

}
