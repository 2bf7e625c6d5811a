-- Issue 18 item 8.
-- The authority's schools budget for a year (SSFA 1998 s45A(2); SEYFR reg 5-6), held on its DSG fund:
-- the base of the Sch 2 Part 1 para 4(e) 0.1% limit, which is not the DSG grant. Null when not recorded.
alter table finance_fund add column schools_budget numeric(15,2);
-- What an approval of a whole fund is for: category names separated by ';'. An approval of a fund
-- covers only the fund's items of these categories; an approval naming one item needs none.
alter table finance_approval add column categories varchar(1000);
