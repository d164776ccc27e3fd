package cn.gov.cq.jianping.evaluation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ScoreSheetRepository extends Repository<ScoreSheet, Long> {

	ScoreSheet save(ScoreSheet sheet);

	Optional<ScoreSheet> findByCaseIdAndKindAndAuthor(long caseId, SheetKind kind, String author);

	List<ScoreSheet> findByCaseIdOrderByIdAsc(long caseId);

	List<ScoreSheet> findByCaseIdAndKind(long caseId, SheetKind kind);

}
