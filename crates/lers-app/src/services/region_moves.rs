//! Moving a case to another region, as a durable job in small steps: copy one file
//! (re-sealed for the new region, verified by decrypting and hashing), switch every
//! row in one transaction, wait out the grace period in which downloads begun before
//! the switch may still read the old copies, delete them one by one, finish. Every
//! step reads where the move stands from the database, so a crash anywhere resumes.

use lers_domain::account::Role;
use lers_domain::clock::Timestamp;
use lers_domain::jobs::RegionMoveJob;
use lers_domain::region::{self, old_copy_grace};
use lers_store::{Ctx, MovedCopy, MovingFile, RegionMove, SessionRecord};

use lers_domain::refusal::Explained;

use crate::app::App;
use crate::error::{refusal_at, AppError, FormError};

/// What one step of a move did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MoveStep {
    /// Copied and verified this file in the new region.
    Copied(String),
    /// Every row now points at the new region.
    Switched,
    /// An upload of the case is still running; the switch waits for it.
    UploadRunning,
    /// The old copies stay until then (downloads begun before the switch).
    Waiting(Timestamp),
    /// Deleted this file's old copy.
    Deleted(String),
    Finished,
}

impl App {
    /// An administrator moves case `id` to region `to`, with a fresh second factor
    /// (`code`, or one confirmed in this session within the step-up window). The move
    /// runs as a job; its start is audited.
    pub async fn move_case_region(
        &self,
        session: &SessionRecord,
        id: &str,
        (to, code): (&str, &str),
        ctx: &Ctx,
    ) -> Result<i64, FormError> {
        let admin = &session.account;
        if !admin.roles.contains(Role::Admin) {
            return Err(AppError::Forbidden.into());
        }
        let record = self.staff_case(admin, id, ctx).await?;
        let to = region::normalise(to)
            .map_err(|_| FormError::field("region", region::name_problem(to)))?;
        let from = self.stored_region(record.summary.row_id).await?;
        region::may_move(&from, &to, &self.regions())
            .map_err(|e| FormError::field("region", e.problem()))?;
        self.require_fresh_factor(session, code, ctx).await?;
        self.store
            .start_region_move(&record.summary, (&from, &to), ctx)
            .await
            .map_err(refusal_at("region"))
    }

    /// Takes the next step of move `id`.
    pub async fn region_move_step(&self, id: i64, ctx: &Ctx) -> Result<MoveStep, AppError> {
        let region_move = self
            .store
            .region_move(id)
            .await?
            .ok_or(AppError::NotFound)?;
        match region_move.state.as_str() {
            "copying" => self.copy_or_switch(&region_move, ctx).await,
            "switched" => {
                let until = region_move
                    .switched_at
                    .unwrap_or(ctx.at)
                    .plus(old_copy_grace());
                if ctx.at < until {
                    return Ok(MoveStep::Waiting(until));
                }
                match self
                    .store
                    .old_copies(&region_move)
                    .await?
                    .into_iter()
                    .next()
                {
                    Some(copy) => {
                        self.delete_old_copy(&region_move, &copy).await?;
                        self.store
                            .old_copy_deleted(&region_move, &copy, ctx.at)
                            .await?;
                        Ok(MoveStep::Deleted(copy.file_id))
                    }
                    None => {
                        self.store.finish_region_move(&region_move, ctx).await?;
                        Ok(MoveStep::Finished)
                    }
                }
            }
            _ => Ok(MoveStep::Finished),
        }
    }

    async fn copy_or_switch(
        &self,
        region_move: &RegionMove,
        ctx: &Ctx,
    ) -> Result<MoveStep, AppError> {
        let (request, to) = (region_move.request_id.as_str(), region_move.to.as_str());
        let Some(file) = self
            .store
            .files_to_copy(region_move)
            .await?
            .into_iter()
            .next()
        else {
            let delete_at = ctx.at.plus(old_copy_grace());
            return Ok(
                match self
                    .store
                    .switch_region_move(region_move, delete_at, ctx)
                    .await?
                {
                    true => MoveStep::Switched,
                    false => MoveStep::UploadRunning,
                },
            );
        };
        let (kind, file_id, (wrapped_key, key_version)) = match &file {
            MovingFile::Document(document) => {
                let sealed = self.vault.copy_to_region(document, request, to).await?;
                (
                    "document",
                    document.id.clone(),
                    (sealed.wrapped_key, sealed.key_version),
                )
            }
            MovingFile::Production(file) => (
                "production",
                file.id.clone(),
                self.productions.copy_to_region(request, file, to).await?,
            ),
        };
        let copy = MovedCopy {
            kind: kind.to_owned(),
            file_id: file_id.clone(),
        };
        self.store
            .record_copy(region_move, &copy, (&wrapped_key, key_version), ctx.at)
            .await?;
        Ok(MoveStep::Copied(file_id))
    }

    async fn delete_old_copy(
        &self,
        region_move: &RegionMove,
        copy: &MovedCopy,
    ) -> Result<(), AppError> {
        match copy.kind.as_str() {
            "document" => {
                self.vault
                    .delete(&copy.file_id, Some(&region_move.from))
                    .await?
            }
            _ => {
                self.productions
                    .delete_in_region(&copy.file_id, &region_move.from)
                    .await?
            }
        }
        Ok(())
    }

    /// The job: steps until the move waits (for the grace period: the job scheduled at
    /// the switch carries on) or is finished. A running upload is retried later.
    pub(crate) async fn run_region_move(
        &self,
        job: &RegionMoveJob,
        ctx: &Ctx,
    ) -> Result<(), String> {
        loop {
            let at = Ctx {
                at: self.clock.now(),
                ..ctx.clone()
            };
            match self.region_move_step(job.region_move, &at).await {
                Ok(MoveStep::Copied(_) | MoveStep::Switched | MoveStep::Deleted(_)) => {}
                Ok(MoveStep::Waiting(_) | MoveStep::Finished) => return Ok(()),
                Ok(MoveStep::UploadRunning) => {
                    return Err("an upload of the case is still running".into())
                }
                Err(e) => return Err(e.to_string()),
            }
        }
    }
}
