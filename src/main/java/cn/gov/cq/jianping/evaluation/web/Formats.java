package cn.gov.cq.jianping.evaluation.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import cn.gov.cq.jianping.evaluation.SheetKind;
import cn.gov.cq.jianping.evaluation.model.CaseStage;
import cn.gov.cq.jianping.scoring.model.CriterionRule;
import cn.gov.cq.jianping.scoring.model.RuleType;
import cn.gov.cq.jianping.shared.TimeConfiguration;

/**
 * Formatting helpers the case pages call as {@code ${fmt.…}}: Beijing time, plain
 * numbers, labels.
 */
final class Formats {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(TimeConfiguration.ZONE);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	public String time(Instant instant) {
		return instant == null ? "" : TIME.format(instant);
	}

	public String date(LocalDate date) {
		return date == null ? "—" : DATE.format(date);
	}

	/** 2.50 → 2.5, 10.00 → 10, null → —. */
	public String num(BigDecimal value) {
		if (value == null) {
			return "—";
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}

	public String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		if (bytes < 1024 * 1024) {
			return String.format("%.1f KB", bytes / 1024.0);
		}
		return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
	}

	public String sha(String sha256) {
		return sha256 == null ? "" : sha256.substring(0, Math.min(12, sha256.length()));
	}

	public String stageClass(CaseStage stage) {
		if (stage == null) {
			return "text-bg-secondary";
		}
		return switch (stage) {
			case SELF_ASSESSMENT -> "text-bg-info";
			case DISTRICT_REVIEW -> "text-bg-primary";
			case CENTER_EVALUATION -> "text-bg-warning";
			case CENTER_REVIEW -> "text-bg-secondary";
			case BUREAU_REVIEW -> "text-bg-dark";
			case APPROVED -> "text-bg-success";
		};
	}

	public String kindLabel(SheetKind kind) {
		return kind == null ? "" : switch (kind) {
			case SELF -> "机构自评";
			case DISTRICT -> "区县初评";
			case EXPERT -> "专家现场";
			case PANEL -> "专家组";
		};
	}

	/** What the first of two ratio inputs counts. */
	public String numeratorLabel(RuleType type) {
		return type == RuleType.COMPLETION_RATIO ? "实际人数" : "回退批次";
	}

	public String denominatorLabel(RuleType type) {
		return type == RuleType.COMPLETION_RATIO ? "计划人数" : "总批次";
	}

	/** One line under a criterion: its points and how they are awarded. */
	public String ruleHint(CriterionRule rule) {
		if (rule == null || rule.type() == null) {
			return "";
		}
		String points = "满分 " + num(rule.points()) + " 分";
		return switch (rule.type()) {
			case SCALE -> points + " · 按档评分，每档 " + num(rule.parameters().effectiveStep()) + " 分";
			case ALL_OR_NOTHING -> points + " · 符合得满分，不符合得 0 分";
			case DEDUCTION_PER_OCCURRENCE -> points + " · 每发生 1 次扣 " + num(rule.parameters().deduction()) + " 分，扣完为止";
			case NO_VERIFIED_RECORDS -> points + " · 无经核实的记录得满分，有则得 0 分";
			case RATIO_AT_MOST -> points + " · 比例不超过 " + (rule.parameters().threshold() == null ? "—"
					: num(rule.parameters().threshold().movePointRight(2)) + "%") + " 得满分，否则得 0 分";
			case COMPLETION_RATIO -> points + " · 按完成比例得分，最高满分";
		};
	}

}
