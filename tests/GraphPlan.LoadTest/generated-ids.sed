# Ids only the curated plan has, and their equivalents in a generated graph (PlanGraphGenerator): hub industry, its
# target, an indicator, a project. Used by run-load.sh and measure-startup.sh on generated graphs.
s/target:hydrogen-output-2025/target:p0-0/
s/industry:aerospace-high-end-equipment/industry:p0-core-0/
s/indicator:container-throughput/indicator:p0-0/
s/project:landspace-jiaxing-centre/project:p0-0/
