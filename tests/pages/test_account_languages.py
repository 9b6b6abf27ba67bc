"""The accounts pages in every shipped language (issue 17): sign-in, join and the password
pages by the browser's Accept-Language for a visitor, the account page by the member's own
preference; and choosing a shipped language on the account page shows it at once."""
from __future__ import annotations

import pytest

from tests.support.web import login, post_form

# language → a few sentences of the pages, as shown
VISITOR = {
    "es": ("Iniciar sesión", "¿Olvidó su contraseña?", "Unirse a Rounds", "Enviarme un enlace"),
    "ar": ("تسجيل الدخول", "نسيت كلمة المرور؟", "انضم إلى Rounds", "أرسل لي رابطًا"),
    "fr": ("Se connecter", "Mot de passe oublié ?", "Rejoindre Rounds", "M’envoyer un lien"),
    "pt-BR": ("Entrar", "Esqueceu sua senha?", "Cadastre-se no Rounds", "Enviar-me um link"),
}
ENGLISH = ("Keep me signed in on this device", "Forgot your password?", "New here?",
           "Already a member?", "Give the address you sign in with", "Mail me a link")
MEMBER = {
    "pt-BR": ("Sua conta", "Salvar perfil", "Onde você está conectado", "Tokens pessoais da API"),
    "fr": ("Votre compte", "Enregistrer le profil", "Où vous êtes connecté",
           "Jetons d’API personnels"),
    "es": ("Su cuenta", "Guardar el perfil", "Dónde tiene la sesión iniciada",
           "Tokens personales de la API"),
    "ar": ("حسابك", "حفظ الملف الشخصي", "أين سجّلت الدخول", "رموز API الشخصية"),
}
ACCOUNT_ENGLISH = ("Your account", "Save profile", "Where you are signed in",
                   "Personal API tokens", "Delete your account", "Change password")


@pytest.mark.parametrize("language", list(VISITOR))
def test_visitor_pages_follow_accept_language(language, client):
    header = {"Accept-Language": f"{language},en;q=0.5"}
    pages = "".join(client.get(url, headers=header).get_data(as_text=True)
                    for url in ("/login", "/register", "/password-reset"))
    assert f'<html lang="{language}"' in pages
    for shown in VISITOR[language]:
        assert shown in pages, (language, shown)
    for english in ENGLISH:
        assert english not in pages, (language, english)


@pytest.mark.parametrize("language", list(MEMBER))
def test_the_account_page_follows_the_members_preference(language, client, make_user):
    member = make_user(language=language)
    login(client, member)
    # The member's preference wins over the browser's language.
    page = client.get("/account", headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert f'<html lang="{language}"' in page
    assert ('dir="rtl"' in page) == (language == "ar")
    for shown in MEMBER[language]:
        assert shown in page, (language, shown)
    for english in ACCOUNT_ENGLISH:
        assert english not in page, (language, english)


def test_choosing_a_language_on_the_account_page_shows_it_at_once(client, make_user):
    member = make_user(language="en", country="NG", time_zone="Africa/Lagos")
    login(client, member)
    assert '<html lang="en"' in client.get("/account").get_data(as_text=True)
    form = {"display_name": member.display_name, "credentials": "MD", "specialty": "",
            "country": "NG", "time_zone": "Africa/Lagos", "language": "fr", "bio": ""}
    answer = post_form(client, "/account", form, follow_redirects=True)
    page = answer.get_data(as_text=True)
    assert answer.status_code == 200
    assert '<html lang="fr"' in page and "Votre compte" in page
    assert "Votre profil est enregistré." in page  # the confirmation in the new language too
    form["language"] = "ar"
    page = post_form(client, "/account", form, follow_redirects=True).get_data(as_text=True)
    assert '<html lang="ar"' in page and 'dir="rtl"' in page and "حُفظ ملفك الشخصي." in page
    form["language"] = "en"
    page = post_form(client, "/account", form, follow_redirects=True).get_data(as_text=True)
    assert '<html lang="en"' in page and "Your profile is saved." in page
