package cn.gov.cq.jianping.publicity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.gov.cq.jianping.publicity.model.DayKind;
import cn.gov.cq.jianping.publicity.model.PublicityPeriod;

/**
 * 公示: approved results of a round published for a period.
 */
@Entity
@Table(name = "publicity")
class Publicity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "round_id", nullable = false)
	private long roundId;

	@Column(nullable = false)
	private String title;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(nullable = false)
	private int days;

	@Enumerated(EnumType.STRING)
	@Column(name = "day_kind", nullable = false)
	private DayKind dayKind;

	@Column(name = "end_date", nullable = false)
	private LocalDate endDate;

	/** 第十二条: why the period is not 10 natural days; shown on the public notice. */
	@Column(name = "length_reason", length = 500)
	private String lengthReason;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Publicity() {
	}

	Publicity(long roundId, String title, PublicityPeriod period, String createdBy, Instant now) {
		this(roundId, title, period, null, createdBy, now);
	}

	Publicity(long roundId, String title, PublicityPeriod period, String lengthReason, String createdBy, Instant now) {
		this.lengthReason = lengthReason;
		this.roundId = roundId;
		this.title = title;
		this.startDate = period.start();
		this.days = period.days();
		this.dayKind = period.kind();
		this.endDate = period.lastDay();
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	PublicityPeriod period() {
		return new PublicityPeriod(this.startDate, this.days, this.dayKind, this.endDate);
	}

	String getLengthReason() {
		return this.lengthReason;
	}

	/**
	 * How the period is described on the notices: its length and, if not 10 natural days,
	 * why.
	 */
	String lengthNote() {
		String length = this.days + " 个" + this.dayKind.label();
		return this.lengthReason == null ? length : length + "（理由：" + this.lengthReason + "）";
	}

	Long getId() {
		return this.id;
	}

	long getRoundId() {
		return this.roundId;
	}

	String getTitle() {
		return this.title;
	}

	LocalDate getStartDate() {
		return this.startDate;
	}

	LocalDate getEndDate() {
		return this.endDate;
	}

	int getDays() {
		return this.days;
	}

	DayKind getDayKind() {
		return this.dayKind;
	}

}
