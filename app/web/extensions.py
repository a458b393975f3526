"""Extensions created unbound at import and bound to an app with ``init_app``."""
from flask_login import LoginManager
from flask_migrate import Migrate
from flask_wtf.csrf import CSRFProtect

from app.models import db

migrate = Migrate()
login_manager = LoginManager()
login_manager.login_view = "auth.login"
login_manager.login_message = "请先登录"
login_manager.login_message_category = "info"
csrf = CSRFProtect()

__all__ = ["db", "migrate", "login_manager", "csrf"]
