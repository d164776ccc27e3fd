package cn.gov.cq.jianping.evaluation;

import java.util.List;

import org.springframework.data.repository.Repository;

interface CaseEventRepository extends Repository<CaseEvent, Long> {

	CaseEvent save(CaseEvent event);

	List<CaseEvent> findByCaseIdOrderByOccurredAtAscIdAsc(long caseId);

}
