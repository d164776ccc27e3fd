package cn.gov.cq.jianping.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface InspectionPlanItemRepository extends Repository<InspectionPlanItem, Long> {

	InspectionPlanItem save(InspectionPlanItem item);

	Optional<InspectionPlanItem> findById(Long id);

	List<InspectionPlanItem> findByPlanYearOrderByPlannedMonthAscInstitutionIdAsc(int planYear);

	/** Not done, planned for a month that has begun on {@code today}. */
	@Query("""
			select i from InspectionPlanItem i where i.done = false
			and (i.planYear < :year or (i.planYear = :year and i.plannedMonth <= :month))
			order by i.planYear, i.plannedMonth, i.id""")
	List<InspectionPlanItem> findOpenDueBy(@Param("year") int year, @Param("month") int month);

	/**
	 * Marks overdue what is not done and whose month ended before {@code today};
	 * idempotent.
	 */
	@Modifying
	@Query(value = """
			update inspection_plan_item set overdue = true
			where not done and not overdue and cast(make_date(plan_year, planned_month, 1) + interval '1 month' as date) <= :today""",
			nativeQuery = true)
	int markOverdue(@Param("today") LocalDate today);

}
