package cn.gov.cq.jianping.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.gov.cq.jianping.evaluation.model.CaseStage;

import org.springframework.data.repository.Repository;

interface EvaluationRoundRepository extends Repository<EvaluationRound, Long> {

	Optional<EvaluationRound> findById(Long id);

	EvaluationRound save(EvaluationRound round);

	List<EvaluationRound> findAllByOrderByIdDesc();

	boolean existsByName(String name);

}

interface EvaluationCaseRepository extends Repository<EvaluationCase, Long> {

	Optional<EvaluationCase> findById(Long id);

	EvaluationCase save(EvaluationCase evaluationCase);

	List<EvaluationCase> findByRoundIdOrderByInstitutionNameAscIdAsc(long roundId);

	List<EvaluationCase> findByInstitutionIdOrderByIdDesc(long institutionId);

	List<EvaluationCase> findByDistrictCodeAndViaDistrictTrueOrderByIdDesc(String districtCode);

	List<EvaluationCase> findByStageInOrderByIdAsc(Collection<CaseStage> stages);

	List<EvaluationCase> findByIdInOrderByIdAsc(Collection<Long> ids);

	long count();

}

interface ScoreSheetRepository extends Repository<ScoreSheet, Long> {

	ScoreSheet save(ScoreSheet sheet);

	Optional<ScoreSheet> findByCaseIdAndKindAndAuthor(long caseId, SheetKind kind, String author);

	List<ScoreSheet> findByCaseIdOrderByIdAsc(long caseId);

	List<ScoreSheet> findByCaseIdAndKind(long caseId, SheetKind kind);

}

interface CaseEventRepository extends Repository<CaseEvent, Long> {

	CaseEvent save(CaseEvent event);

	List<CaseEvent> findByCaseIdOrderByOccurredAtAscIdAsc(long caseId);

}

interface ExpertRepository extends Repository<Expert, Long> {

	Expert save(Expert expert);

	Optional<Expert> findById(Long id);

	Optional<Expert> findByUsername(String username);

	List<Expert> findAllByOrderByIdAsc();

	boolean existsByUsername(String username);

}

interface PanelMemberRepository extends Repository<PanelMember, PanelMember.Key> {

	PanelMember save(PanelMember member);

	List<PanelMember> findByCaseId(long caseId);

	List<PanelMember> findByExpertId(long expertId);

	Optional<PanelMember> findByCaseIdAndExpertId(long caseId, long expertId);

	void deleteByCaseId(long caseId);

}

interface EvidenceFileRepository extends Repository<EvidenceFile, Long> {

	EvidenceFile save(EvidenceFile file);

	Optional<EvidenceFile> findById(Long id);

	List<EvidenceFile> findByCaseIdOrderByIdAsc(long caseId);

}
