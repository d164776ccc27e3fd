package cn.gov.cq.jianping.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.gov.cq.jianping.evaluation.model.CaseStage;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface EvaluationCaseRepository extends Repository<EvaluationCase, Long> {

	Optional<EvaluationCase> findById(Long id);

	EvaluationCase save(EvaluationCase evaluationCase);

	List<EvaluationCase> findByRoundIdOrderByInstitutionNameAscIdAsc(long roundId);

	List<EvaluationCase> findByInstitutionIdOrderByIdDesc(long institutionId);

	List<EvaluationCase> findByDistrictCodeAndViaDistrictTrueOrderByIdDesc(String districtCode);

	List<EvaluationCase> findByStageInOrderByIdAsc(Collection<CaseStage> stages);

	List<EvaluationCase> findByIdInOrderByIdAsc(Collection<Long> ids);

	long count();

	/**
	 * The cases inside a data scope, filtered in SQL: everything, one institution's, or
	 * those a district reviews first (第十条).
	 */
	@Query("""
			select c from EvaluationCase c
			where :all = true or c.institutionId = :institutionId
			   or (c.viaDistrict = true and c.districtCode = :districtCode)
			order by case when :all = true then c.id else -c.id end
			""")
	List<EvaluationCase> findInScope(@Param("all") boolean all, @Param("institutionId") long institutionId,
			@Param("districtCode") String districtCode);

	/**
	 * The cases on whose panel the expert with this account sits and which they can open:
	 * those they signed the declaration for, and those still at the expert stage, which
	 * they can sign now. An unsigned seat on a case that has moved on (an old round) is
	 * left out: it could only lead to a page they may not see.
	 */
	@Query("""
			select c from EvaluationCase c
			where c.id in (select m.caseId from PanelMember m, Expert e where m.expertId = e.id and e.username = :username
			and (m.declaredAt is not null or c.stage = :signable))
			order by c.id
			""")
	List<EvaluationCase> findOpenableOnPanelOf(@Param("username") String username,
			@Param("signable") CaseStage signable);

	default List<EvaluationCase> findOnPanelOf(String username) {
		return findOpenableOnPanelOf(username, CaseStage.CENTER_EVALUATION);
	}

}
