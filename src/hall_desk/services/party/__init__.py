"""party service (党员服务): 双报到 registry, demands, problem lists, projects."""
