package cn.gov.cq.jianping.supervision;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface SpotCheckDrawRepository extends Repository<SpotCheckDraw, Long> {

	SpotCheckDraw save(SpotCheckDraw draw);

	Optional<SpotCheckDraw> findById(Long id);

	List<SpotCheckDraw> findAllByOrderByIdDesc();

}
