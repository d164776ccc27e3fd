package cn.gov.cq.jianping.scoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.gov.cq.jianping.rubric.RubricCode;
import cn.gov.cq.jianping.scoring.model.CriterionRule;

/**
 * A stored rule set (评分细则) of one rubric version; frozen ones never change.
 */
@Entity
@Table(name = "rule_set")
class RuleSetRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(name = "rubric_code", nullable = false)
	private RubricCode rubricCode;

	@Column(name = "rubric_version", nullable = false)
	private int rubricVersion;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RuleSetStatus status = RuleSetStatus.DRAFT;

	@Column(name = "is_default", nullable = false)
	private boolean defaultSet;

	@Column(name = "based_on")
	private Long basedOn;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "frozen_by")
	private String frozenBy;

	@Column(name = "frozen_at")
	private Instant frozenAt;

	@ElementCollection
	@CollectionTable(name = "rule_set_rule", joinColumns = @JoinColumn(name = "rule_set_id"))
	private List<RuleRow> rules = new ArrayList<>();

	@Version
	private long version;

	protected RuleSetRecord() {
	}

	RuleSetRecord(String name, RubricCode rubricCode, int rubricVersion, List<CriterionRule> rules, Long basedOn,
			boolean defaultSet, String createdBy, Instant now) {
		this.name = name;
		this.rubricCode = rubricCode;
		this.rubricVersion = rubricVersion;
		this.basedOn = basedOn;
		this.defaultSet = defaultSet;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
		replaceRules(rules);
	}

	void replaceRules(List<CriterionRule> newRules) {
		this.rules.clear();
		for (int i = 0; i < newRules.size(); i++) {
			this.rules.add(new RuleRow(newRules.get(i), i));
		}
	}

	void rename(String newName, Instant now) {
		this.name = newName;
		this.updatedAt = now;
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	void freeze(String by, Instant now) {
		this.status = RuleSetStatus.FROZEN;
		this.frozenBy = by;
		this.frozenAt = now;
		this.updatedAt = now;
	}

	List<CriterionRule> rules() {
		return this.rules.stream().sorted(Comparator.comparingInt(RuleRow::getPosition)).map(RuleRow::toRule).toList();
	}

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	RubricCode getRubricCode() {
		return this.rubricCode;
	}

	int getRubricVersion() {
		return this.rubricVersion;
	}

	RuleSetStatus getStatus() {
		return this.status;
	}

	boolean isDefaultSet() {
		return this.defaultSet;
	}

	Long getBasedOn() {
		return this.basedOn;
	}

	String getCreatedBy() {
		return this.createdBy;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	String getFrozenBy() {
		return this.frozenBy;
	}

	Instant getFrozenAt() {
		return this.frozenAt;
	}

	long getVersion() {
		return this.version;
	}

}
