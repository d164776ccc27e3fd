package cn.gov.cq.jianping.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 日常检查 (第二十条): one routine inspection of the yearly plan, in the month planned, by the
 * district office that registered the institution or by the center; done with a finding,
 * or overdue once its month has passed.
 */
@Entity
@Table(name = "inspection_plan_item")
class InspectionPlanItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "plan_year", nullable = false)
	private int planYear;

	@Column(name = "institution_id", nullable = false)
	private long institutionId;

	@Column(nullable = false)
	private String inspector;

	@Column(name = "planned_month", nullable = false)
	private int plannedMonth;

	@Column(nullable = false)
	private String grade;

	@Column(nullable = false)
	private boolean done;

	private String finding;

	@Column(nullable = false)
	private boolean overdue;

	@Column(name = "done_by")
	private String doneBy;

	@Column(name = "done_at")
	private Instant doneAt;

	protected InspectionPlanItem() {
	}

	InspectionPlanItem(int planYear, long institutionId, String inspector, int plannedMonth, String grade) {
		this.planYear = planYear;
		this.institutionId = institutionId;
		this.inspector = inspector;
		this.plannedMonth = plannedMonth;
		this.grade = grade;
	}

	/**
	 * The month in which the visit falls; with {@code perYear} visits they spread over
	 * the year.
	 */
	static int monthOf(long institutionId, int visit, int perYear) {
		return (int) ((institutionId + (long) visit * 12 / perYear) % 12) + 1;
	}

	void complete(String finding, String doneBy, Instant now) {
		if (this.done) {
			throw new SupervisionRejectedException("该检查已记录完成");
		}
		this.done = true;
		this.finding = finding;
		this.doneBy = doneBy;
		this.doneAt = now;
	}

	/** The last day of the planned month. */
	LocalDate deadline() {
		return YearMonth.of(this.planYear, this.plannedMonth).atEndOfMonth();
	}

	Long getId() {
		return this.id;
	}

	int getPlanYear() {
		return this.planYear;
	}

	long getInstitutionId() {
		return this.institutionId;
	}

	String getInspector() {
		return this.inspector;
	}

	int getPlannedMonth() {
		return this.plannedMonth;
	}

	String getGrade() {
		return this.grade;
	}

	boolean isDone() {
		return this.done;
	}

	String getFinding() {
		return this.finding;
	}

	boolean isOverdue() {
		return this.overdue;
	}

}
