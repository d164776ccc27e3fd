package cn.gov.cq.jianping.evaluation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface PanelMemberRepository extends Repository<PanelMember, PanelMember.Key> {

	PanelMember save(PanelMember member);

	List<PanelMember> findByCaseId(long caseId);

	List<PanelMember> findByExpertId(long expertId);

	Optional<PanelMember> findByCaseIdAndExpertId(long caseId, long expertId);

	void deleteByCaseId(long caseId);

}
