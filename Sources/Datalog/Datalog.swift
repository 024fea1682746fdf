// The Datalog engine (issue 4) lives in this module.
enum DatalogModule {}
