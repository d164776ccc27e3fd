package cn.gov.cq.jianping.institution;

/** One problem of an import, placed by row number (as Excel shows it) and column. */
record ImportProblem(int row, String column, String message) {

	String describe() {
		return this.row > 0 ? "第 " + this.row + " 行「" + this.column + "」：" + this.message : this.message;
	}

}
