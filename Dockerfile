# The harvester image: library, CLI, flows and API. Used by the Prefect worker, the one-shot
# deployment job and the search API in docker-compose.yml.
FROM python:3.11-slim

ENV PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    HF_HUB_OFFLINE=1 \
    TOKENIZERS_PARALLELISM=false \
    PREFECT_SERVER_ANALYTICS_ENABLED=false \
    DO_NOT_TRACK=1 \
    HARVESTER_CONFIG=/app/config/harvester.yaml \
    HARVESTER_DATA_DIR=/data \
    HARVESTER_MODEL_CACHE=/opt/harvester/onnx

WORKDIR /app

# LightGBM (the field models) needs the OpenMP runtime.
RUN apt-get update && apt-get install -y --no-install-recommends libgomp1 && rm -rf /var/lib/apt/lists/*

COPY pyproject.toml constraints.txt README.md ./
COPY src ./src
# torch is needed once, to export the sentence model to ONNX; the running image embeds with
# onnxruntime and never imports it. One RUN, so no layer keeps torch: install it (CPU-only index,
# first: unpinned, sentence-transformers would pull CUDA builds), install harvester, export the
# model into HARVESTER_MODEL_CACHE, then uninstall torch and the libraries only the export uses.
RUN pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu \
 && pip install -c constraints.txt . \
 && python -m harvester.onnx_model \
 && pip uninstall -y torch sentence-transformers transformers \
 && python -c "import harvester.embed as e; assert e.make_embedder(None).embed(['ok']).shape == (1, 384)"

COPY flows ./flows
COPY config ./config
COPY prefect.yaml ./

RUN useradd --create-home --uid 1000 harvester && mkdir -p /data && chown harvester /data
USER harvester
VOLUME ["/data"]

CMD ["harvester", "api", "--host", "0.0.0.0", "--port", "8000"]
