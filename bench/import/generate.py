#!/usr/bin/env python3
"""Writes an exchange-format CSV of PROJECTS projects with INDICATORS indicators each.

usage: generate.py PROJECTS INDICATORS > file.csv
"""
import sys

projects, per = int(sys.argv[1]), int(sys.argv[2])
out = sys.stdout
out.write("year,unit,name,money_unit,total_initial,total_adjusted,total_executed,"
          "fiscal_initial,fiscal_adjusted,fiscal_executed,level1,level2,indicator,target,actual,weight,score,deviation\n")
weight = "%.2f" % (90 / per)
for p in range(projects):
    for i in range(per):
        head = "2024,单位%d,项目%d,万元,100.00,100.00,93.19,100.00,100.00,93.19" % (p % 50, p) if i == 0 else ",,,,,,,,,"
        out.write("%s,产出指标,数量指标,指标%d,≥%d(个),%d(个),%s,,\n" % (head, i, 10 + i, 9 + i, weight))
