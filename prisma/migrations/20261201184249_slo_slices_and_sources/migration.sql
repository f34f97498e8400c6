-- AlterTable
ALTER TABLE "Sli" ADD COLUMN     "managedSource" TEXT;

-- AlterTable
ALTER TABLE "Slo" ADD COLUMN     "managedSource" TEXT;

-- CreateTable
CREATE TABLE "SloSliceHour" (
    "sloId" TEXT NOT NULL,
    "hour" TIMESTAMPTZ(3) NOT NULL,
    "goodMinutes" INTEGER NOT NULL,
    "badMinutes" INTEGER NOT NULL,

    CONSTRAINT "SloSliceHour_pkey" PRIMARY KEY ("sloId","hour")
);

-- CreateTable
CREATE TABLE "SloSliceDay" (
    "sloId" TEXT NOT NULL,
    "day" TIMESTAMPTZ(3) NOT NULL,
    "goodMinutes" INTEGER NOT NULL,
    "badMinutes" INTEGER NOT NULL,

    CONSTRAINT "SloSliceDay_pkey" PRIMARY KEY ("sloId","day")
);

-- AddForeignKey
ALTER TABLE "SloSliceHour" ADD CONSTRAINT "SloSliceHour_sloId_fkey" FOREIGN KEY ("sloId") REFERENCES "Slo"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SloSliceDay" ADD CONSTRAINT "SloSliceDay_sloId_fkey" FOREIGN KEY ("sloId") REFERENCES "Slo"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Data: objects applied from OpenSLO before sources existed belong to the source "default".
UPDATE "Sli" SET "managedSource" = 'default' WHERE "managedBy" IS NOT NULL;
UPDATE "Slo" SET "managedSource" = 'default' WHERE "managedBy" IS NOT NULL;

-- Data: timeslices rollups of the SLOs that exist, classified as lib/slo/slices.ts does.
INSERT INTO "SloSliceHour" ("sloId", "hour", "goodMinutes", "badMinutes")
SELECT s."id", date_bin(interval '1 hour', p."minute", '1970-01-01T00:00:00Z'::timestamptz),
       count(*) FILTER (WHERE p."total" > 0 AND p."good" / p."total" >= s."timesliceThreshold"::float8)::int,
       count(*) FILTER (WHERE p."total" > 0 AND p."good" / p."total" < s."timesliceThreshold"::float8)::int
FROM "Slo" s JOIN "SliPoint" p ON p."sliId" = s."sliId"
WHERE s."budgetingMethod" = 'timeslices' AND s."timesliceThreshold" IS NOT NULL
GROUP BY 1, 2;
INSERT INTO "SloSliceDay" ("sloId", "day", "goodMinutes", "badMinutes")
SELECT "sloId", date_bin(interval '1 day', "hour", '1970-01-01T00:00:00Z'::timestamptz), sum("goodMinutes")::int, sum("badMinutes")::int
FROM "SloSliceHour" GROUP BY 1, 2;
