package cn.gov.cq.jianping.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.gov.cq.jianping.evaluation.model.Deadline;
import cn.gov.cq.jianping.evaluation.model.IllegalTransitionException;
import cn.gov.cq.jianping.evaluation.model.InputRefusedException;
import cn.gov.cq.jianping.scoring.model.ConsolidationMethod;

/**
 * 评估批次: the rule sets, deadlines and participants of one evaluation.
 */
@Entity
@Table(name = "evaluation_round")
class EvaluationRound {

	enum Status {

		DRAFT("筹备中"), LAUNCHED("已启动");

		final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private int year;

	@Column(name = "appraisal_rule_set_id", nullable = false)
	private long appraisalRuleSetId;

	@Column(name = "level_rule_set_id", nullable = false)
	private long levelRuleSetId;

	@Column(name = "self_deadline", nullable = false)
	private LocalDate selfDeadline;

	@Column(name = "district_deadline", nullable = false)
	private LocalDate districtDeadline;

	@Column(name = "center_deadline", nullable = false)
	private LocalDate centerDeadline;

	@Enumerated(EnumType.STRING)
	@Column(name = "consolidation_method", nullable = false)
	private ConsolidationMethod consolidationMethod;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status = Status.DRAFT;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "launched_by")
	private String launchedBy;

	@Column(name = "launched_at")
	private Instant launchedAt;

	@ElementCollection
	@CollectionTable(name = "round_participant", joinColumns = @JoinColumn(name = "round_id"))
	private List<Participant> participants = new ArrayList<>();

	@Version
	private long version;

	/** One institution's place in the round, with the reason for it. */
	@Embeddable
	static class Participant {

		@Column(name = "institution_id", nullable = false)
		private long institutionId;

		@Column(nullable = false)
		private boolean included;

		@Column(name = "default_included", nullable = false)
		private boolean defaultIncluded;

		@Column(nullable = false)
		private String reason;

		@Column(name = "decided_by", nullable = false)
		private String decidedBy;

		protected Participant() {
		}

		Participant(long institutionId, boolean included, boolean defaultIncluded, String reason, String decidedBy) {
			this.institutionId = institutionId;
			this.included = included;
			this.defaultIncluded = defaultIncluded;
			this.reason = reason;
			this.decidedBy = decidedBy;
		}

		long institutionId() {
			return this.institutionId;
		}

		boolean included() {
			return this.included;
		}

		boolean defaultIncluded() {
			return this.defaultIncluded;
		}

		String reason() {
			return this.reason;
		}

		String decidedBy() {
			return this.decidedBy;
		}

	}

	protected EvaluationRound() {
	}

	EvaluationRound(String name, int year, long appraisalRuleSetId, long levelRuleSetId, LocalDate selfDeadline,
			LocalDate districtDeadline, LocalDate centerDeadline, ConsolidationMethod method, String createdBy,
			Instant now) {
		this.name = name;
		this.year = year;
		this.appraisalRuleSetId = appraisalRuleSetId;
		this.levelRuleSetId = levelRuleSetId;
		this.selfDeadline = selfDeadline;
		this.districtDeadline = districtDeadline;
		this.centerDeadline = centerDeadline;
		this.consolidationMethod = method;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	void addParticipant(Participant participant) {
		this.participants.add(participant);
	}

	/**
	 * Overrides the default for one institution; going against 第八条's default needs a
	 * reason.
	 */
	void decide(long institutionId, boolean include, String reason, String by) {
		requireDraft();
		Participant participant = participant(institutionId)
			.orElseThrow(() -> new IllegalTransitionException("该机构不在本批次的候选名单中"));
		if (participant.included == include) {
			return;
		}
		if (include != participant.defaultIncluded && (reason == null || reason.isBlank())) {
			throw new InputRefusedException(include ? "纳入按默认规则不参加评估的机构，须填写理由" : "将机构移出评估名单，须填写理由");
		}
		participant.included = include;
		participant.reason = (reason == null || reason.isBlank()) ? "恢复默认" : reason.trim();
		participant.decidedBy = by;
	}

	void launch(String by, Instant now) {
		requireDraft();
		if (this.participants.stream().noneMatch(Participant::included)) {
			throw new IllegalTransitionException("参评名单为空，不能启动");
		}
		this.status = Status.LAUNCHED;
		this.launchedBy = by;
		this.launchedAt = now;
	}

	private void requireDraft() {
		if (this.status != Status.DRAFT) {
			throw new IllegalTransitionException("评估批次已启动，参评名单不能再调整");
		}
	}

	Optional<Participant> participant(long institutionId) {
		return this.participants.stream().filter(p -> p.institutionId == institutionId).findFirst();
	}

	Deadline selfDeadline() {
		return new Deadline(this.selfDeadline);
	}

	Deadline districtDeadline() {
		return new Deadline(this.districtDeadline);
	}

	Deadline centerDeadline() {
		return new Deadline(this.centerDeadline);
	}

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	int getYear() {
		return this.year;
	}

	long getAppraisalRuleSetId() {
		return this.appraisalRuleSetId;
	}

	long getLevelRuleSetId() {
		return this.levelRuleSetId;
	}

	LocalDate getSelfDeadline() {
		return this.selfDeadline;
	}

	LocalDate getDistrictDeadline() {
		return this.districtDeadline;
	}

	LocalDate getCenterDeadline() {
		return this.centerDeadline;
	}

	ConsolidationMethod getConsolidationMethod() {
		return this.consolidationMethod;
	}

	Status getStatus() {
		return this.status;
	}

	String getCreatedBy() {
		return this.createdBy;
	}

	Instant getLaunchedAt() {
		return this.launchedAt;
	}

	List<Participant> getParticipants() {
		return this.participants;
	}

	long getVersion() {
		return this.version;
	}

}
