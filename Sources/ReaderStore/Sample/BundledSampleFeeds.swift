// Real arXiv announcement feeds (metadata CC0), bundled so a newcomer without network sees the
// reader work. Generated from shared/fixtures/arxiv; do not edit by hand.

enum BundledSampleFeeds {
    static let feeds: [(category: String, xml: String)] = [
        ("cs.AI", #"""
<rss xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0">
  <channel>
    <title>cs.AI updates on arXiv.org</title>
    <link>http://rss.arxiv.org/rss/cs.AI</link>
    <description>cs.AI updates on the arXiv.org e-print archive.</description>
    <atom:link href="http://rss.arxiv.org/rss/cs.AI" rel="self" type="application/rss+xml" />
    <docs>http://www.rssboard.org/rss-specification</docs>
    <language>en-us</language>
    <lastBuildDate>Mon, 27 Apr 2026 04:00:00 +0000</lastBuildDate>
    <managingEditor>rss-help@arxiv.org</managingEditor>
    <pubDate>Mon, 27 Apr 2026 00:00:00 -0400</pubDate>
    <skipDays>
      <day>Saturday</day>
      <day>Sunday</day>
    </skipDays>
    <item>
      <title>Math Takes Two: A test for emergent mathematical reasoning in communication</title>
      <link>https://arxiv.org/abs/2604.21935</link>
      <description>arXiv:2604.21935v1 Announce Type: new 
Abstract: Although language models demonstrate remarkable proficiency on mathematical benchmarks, it remains unclear whether this reflects true mathematical reasoning or statistical pattern matching over learning formal syntax. Most existing evaluations rely on symbolic problems grounded in established mathematical conventions, limiting insight into the models' ability to construct abstract concepts from first principles. In this work, we propose Math Takes Two, a new benchmark designed to assess the emergence of mathematical reasoning through communication. Motivated by the hypothesis that mathematical cognition in humans co-evolved with the need for precise communication, our benchmark tests whether two agents, without prior mathematical knowledge, can develop a shared symbolic protocol to solve a visually grounded task where the use of a numerical system facilitates extrapolation. Unlike many current datasets, our benchmark eschews predefined mathematical language, instead requiring agents to discover latent structure and representations from scratch. Math Takes Two thus provides a novel lens through which to develop and evaluate models with emergent numerical reasoning capabilities.</description>
      <guid isPermaLink="false">oai:arXiv.org:2604.21935v1</guid>
      <category>cs.AI</category>
      <category>cs.LG</category>
      <pubDate>Mon, 27 Apr 2026 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <dc:creator>Michael Cooper, Samuel Cooper</dc:creator>
    </item>
    <item>
      <title>An Artifact-based Agent Framework for Adaptive and Reproducible Medical Image Processing</title>
      <link>https://arxiv.org/abs/2604.21936</link>
      <description>arXiv:2604.21936v1 Announce Type: new 
Abstract: Medical imaging research is increasingly shifting from controlled benchmark evaluation toward real-world clinical deployment. In such settings, applying analytical methods extends beyond model design to require dataset-aware workflow configuration and provenance tracking. Two requirements therefore become central: \textbf{adaptability}, the ability to configure workflows according to dataset-specific conditions and evolving analytical goals; and \textbf{reproducibility}, the guarantee that all transformations and decisions are explicitly recorded and re-executable. Here, we present an artifact-based agent framework that introduces a semantic layer to augment medical image processing. The framework formalizes intermediate and final outputs through an artifact contract, enabling structured interrogation of workflow state and goal-conditioned assembly of configurations from a modular rule library. Execution is delegated to a workflow executor to preserve deterministic computational graph construction and provenance tracking, while the agent operates locally to comply with most privacy constraints. We evaluate the framework on real-world clinical CT and MRI cohorts, demonstrating adaptive configuration synthesis, deterministic reproducibility across repeated executions, and artifact-grounded semantic querying. These results show that adaptive workflow configuration can be achieved without compromising reproducibility in heterogeneous clinical environments.</description>
      <guid isPermaLink="false">oai:arXiv.org:2604.21936v1</guid>
      <category>cs.AI</category>
      <category>cs.CV</category>
      <category>cs.MA</category>
      <pubDate>Mon, 27 Apr 2026 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <dc:creator>Lianrui Zuo, Yihao Liu, Gaurav Rudravaram, Karthik Ramadass, Aravind R. Krishnan, Michael D. Phillips, Yelena G. Bodien, Mayur B. Patel, Paula Trujillo, Yency Forero Martinez, Stephen A. Deppen, Eric L. Grogan, Fabien Maldonado, Kevin McGann, Hudson M. Holmes, Laurie E. Cutting, Yuankai Huo, Bennett A. Landman</dc:creator>
    </item>
    <item>
      <title>MolClaw: An Autonomous Agent with Hierarchical Skills for Drug Molecule Evaluation, Screening, and Optimization</title>
      <link>https://arxiv.org/abs/2604.21937</link>
      <description>arXiv:2604.21937v1 Announce Type: new 
Abstract: Computational drug discovery, particularly the complex workflows of drug molecule screening and optimization, requires orchestrating dozens of specialized tools in multi-step workflows, yet current AI agents struggle to maintain robust performance and consistently underperform in these high-complexity scenarios. Here we present MolClaw, an autonomous agent that leads drug molecule evaluation, screening, and optimization. It unifies over 30 specialized domain resources through a three-tier hierarchical skill architecture (70 skills in total) that facilitates agent long-term interaction at runtime: tool-level skills standardize atomic operations, workflow-level skills compose them into validated pipelines with quality check and reflection, and a discipline-level skill supplies scientific principles governing planning and verification across all scenarios in the field. Additionally, we introduce MolBench, a benchmark comprising molecular screening, optimization, and end-to-end discovery challenges spanning 8 to 50+ sequential tool calls. MolClaw achieves state-of-the-art performance across all metrics, and ablation studies confirm that gains concentrate on tasks that demand structured workflows while vanishing on those solvable with ad hoc scripting, establishing workflow orchestration competence as the primary capability bottleneck for AI-driven drug discovery.</description>
      <guid isPermaLink="false">oai:arXiv.org:2604.21937v1</guid>
      <category>cs.AI</category>
      <category>cs.MA</category>
      <pubDate>Mon, 27 Apr 2026 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <dc:creator>Lisheng Zhang, Lilong Wang, Xiangyu Sun, Wei Tang, Haoyang Su, Yuehui Qian, Qikui Yang, Qingsong Li, Zhenyu Tang, Haoran Sun, Yingnan Han, Yankai Jiang, Wenjie Lou, Bowen Zhou, Xiaosong Wang, Lei Bai, Zhengwei Xie</dc:creator>
    </item>
    </channel>
</rss>
"""#),
        ("cs.CL", #"""
<rss xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0">
  <channel>
    <title>cs.CL updates on arXiv.org</title>
    <link>http://rss.arxiv.org/rss/cs.CL</link>
    <description>cs.CL updates on the arXiv.org e-print archive.</description>
    <atom:link href="http://rss.arxiv.org/rss/cs.CL" rel="self" type="application/rss+xml" />
    <docs>http://www.rssboard.org/rss-specification</docs>
    <language>en-us</language>
    <lastBuildDate>Mon, 27 Apr 2026 04:00:02 +0000</lastBuildDate>
    <managingEditor>rss-help@arxiv.org</managingEditor>
    <pubDate>Mon, 27 Apr 2026 00:00:00 -0400</pubDate>
    <skipDays>
      <day>Saturday</day>
      <day>Sunday</day>
    </skipDays>
    <item>
      <title>When Cow Urine Cures Constipation on YouTube: Limits of LLMs in Detecting Culture-specific Health Misinformation</title>
      <link>https://arxiv.org/abs/2604.22002</link>
      <description>arXiv:2604.22002v1 Announce Type: new 
Abstract: Social media platforms have become primary channels for health information in the Global South. Using gomutra (cow urine) discourse on YouTube in India as a case study, we present a post-facto Large Language Model (LLM)-assisted discourse analysis of 30 multilingual transcripts showing that promotional content blends sacred traditional language with pseudo-scientific claims in ways that sophisticated debunking content itself mirrors, creating a rhetorical register that LLMs, trained predominantly on Western corpora, are systematically ill-equipped to analyse. Varying prompt tone across three LLMs (GPT-4o, Gemini 2.5 Pro, DeepSeek-V3.1), we find that culturally embedded health misinformation does not look like ordinary misinformation, and this cultural obfuscation extends to gendered rhetoric and prompt design, compounding analytical unreliability. Our findings argue that cultural competency in LLM-assisted discourse analysis cannot be retrofitted through prompt engineering alone.</description>
      <guid isPermaLink="false">oai:arXiv.org:2604.22002v1</guid>
      <category>cs.CL</category>
      <pubDate>Mon, 27 Apr 2026 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by-nc-sa/4.0/</dc:rights>
      <dc:creator>Anamta Khan, Ratna Kandala,  Deepti, Sheza Munir, Joyojeet Pal</dc:creator>
    </item>
    <item>
      <title>Shared Lexical Task Representations Explain Behavioral Variability In LLMs</title>
      <link>https://arxiv.org/abs/2604.22027</link>
      <description>arXiv:2604.22027v1 Announce Type: new 
Abstract: One of the most common complaints about large language models (LLMs) is their prompt sensitivity -- that is, the fact that their ability to perform a task or provide a correct answer to a question can depend unpredictably on the way the question is posed. We investigate this variation by comparing two very different but commonly-used styles of prompting: instruction-based prompts, which describe the task in natural language, and example-based prompts, which provide in-context few-shot demonstration pairs to illustrate the task. We find that, despite large variation in performance as a function of the prompt, the model engages some common underlying mechanisms across different prompts of a task. Specifically, we identify task-specific attention heads whose outputs literally describe the task -- which we dub lexical task heads -- and show that these heads are shared across prompting styles and trigger subsequent answer production. We further find that behavioral variation between prompts can be explained by the degree to which these heads are activated, and that failures are at least sometimes due to competing task representations that dilute the signal of the target task. Our results together present an increasingly clear picture of how LLMs' internal representations can explain behavior that otherwise seems idiosyncratic to users and developers.</description>
      <guid isPermaLink="false">oai:arXiv.org:2604.22027v1</guid>
      <category>cs.CL</category>
      <category>cs.AI</category>
      <category>cs.LG</category>
      <pubDate>Mon, 27 Apr 2026 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <dc:creator>Zhuonan Yang, Jacob Xiaochen Li, Francisco Piedrahita Velez, Eric Todd, David Bau, Michael L. Littman, Stephen H. Bach, Ellie Pavlick</dc:creator>
    </item>
    <item>
      <title>Source-Modality Monitoring in Vision-Language Models</title>
      <link>https://arxiv.org/abs/2604.22038</link>
      <description>arXiv:2604.22038v1 Announce Type: new 
Abstract: We define and investigate source-modality monitoring -- the ability of multimodal models to track and communicate the input source from which pieces of information originate. We consider source-modality monitoring as an instance of the more general binding problem, and evaluate the extent to which models exploit syntactic vs. semantic signals in order to bind words like image in a user-provided prompt to specific components of their input and context (i.e., actual images). Across experiments spanning 11 vision-language models (VLMs) performing target-modality information retrieval tasks, we find that both syntactic and semantic signals play an important role, but that the latter tend to outweigh the former in cases when modalities are highly distinct distributionally. We discuss the implications of these findings for model robustness, and in the context of increasingly multimodal agentic systems.</description>
      <guid isPermaLink="false">oai:arXiv.org:2604.22038v1</guid>
      <category>cs.CL</category>
      <pubDate>Mon, 27 Apr 2026 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <dc:creator>Etha Tianze Hua, Tian Yun, Ellie Pavlick</dc:creator>
    </item>
    </channel>
</rss>
"""#),
        ("cs.LG", #"""
<rss xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0">
  <channel>
    <title>cs.LG updates on arXiv.org</title>
    <link>http://rss.arxiv.org/rss/cs.LG</link>
    <description>cs.LG updates on the arXiv.org e-print archive.</description>
    <atom:link href="http://rss.arxiv.org/rss/cs.LG" rel="self" type="application/rss+xml" />
    <docs>http://www.rssboard.org/rss-specification</docs>
    <language>en-us</language>
    <lastBuildDate>Mon, 27 Apr 2026 04:00:01 +0000</lastBuildDate>
    <managingEditor>rss-help@arxiv.org</managingEditor>
    <pubDate>Mon, 27 Apr 2026 00:00:00 -0400</pubDate>
    <skipDays>
      <day>Saturday</day>
      <day>Sunday</day>
    </skipDays>
    <item>
      <title>Focus Session: Hardware and Software Techniques for Accelerating Multimodal Foundation Models</title>
      <link>https://arxiv.org/abs/2604.21952</link>
      <description>arXiv:2604.21952v1 Announce Type: new 
Abstract: This work presents a multi-layered methodology for efficiently accelerating multimodal foundation models (MFMs). It combines hardware and software co-design of transformer blocks with an optimization pipeline that reduces computational and memory requirements. During model development, it employs performance enhancements through fine-tuning for domain-specific adaptation. Our methodology further incorporates hardware and software techniques for optimizing MFMs. Specifically, it employs MFM compression using hierarchy-aware mixed-precision quantization and structural pruning for transformer blocks and MLP channels. It also optimizes operations through speculative decoding, model cascading that routes queries through a small-to-large cascade and uses lightweight self-tests to determine when to escalate to larger models, as well as co-optimization of sequence length, visual resolution &amp; stride, and graph-level operator fusion. To efficiently execute the model, the processing dataflow is optimized based on the underlying hardware architecture together with memory-efficient attention to meet on-chip bandwidth and latency budgets. To support this, a specialized hardware accelerator for the transformer workloads is employed, which can be developed through expert design or an LLM-aided design approach. We demonstrate the effectiveness of the proposed methodology on medical-MFMs and on code generation tasks, and conclude with extensions toward energy-efficient spiking-MFMs.</description>
      <guid isPermaLink="false">oai:arXiv.org:2604.21952v1</guid>
      <category>cs.LG</category>
      <category>cs.AI</category>
      <category>cs.AR</category>
      <category>cs.NE</category>
      <category>cs.RO</category>
      <pubDate>Mon, 27 Apr 2026 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <dc:creator>Muhammad Shafique, Abdul Basit, Muhammad Abdullah Hanif, Alberto Marchisio, Rachmad Vidya Wicaksana Putra, Minghao Shao</dc:creator>
    </item>
    <item>
      <title>Performance Anomaly Detection in Athletics: A Benchmarking System with Visual Analytics</title>
      <link>https://arxiv.org/abs/2604.21953</link>
      <description>arXiv:2604.21953v1 Announce Type: new 
Abstract: Anti-doping programs rely on biological testing to detect performance-enhancing drugs, but such testing costs over $800 per sample and is limited by short detection windows for many prohibited substances. These constraints leave large portions of athletes without regular testing, motivating complementary screening approaches that analyze routine competition results to identify suspicious performance patterns. We present a system that processes 1.6 million athletics performances from over 19,000 competitions (2010-2025) using eight detection methods ranging from statistical rules to machine learning and trajectory analysis. We validate all methods against publicly confirmed anti-doping violations to measure their effectiveness in identifying sanctioned athletes. Trajectory-based methods, which compare performances to expected career progression, achieve the best balance between detecting violations and limiting false alarms, though all methods face challenges from incomplete data and rare confirmed violations. The system provides an interactive interface for expert-driven investigation, emphasizing transparency and human judgment to support, rather than replace, established anti-doping processes.</description>
      <guid isPermaLink="false">oai:arXiv.org:2604.21953v1</guid>
      <category>cs.LG</category>
      <category>cs.CY</category>
      <pubDate>Mon, 27 Apr 2026 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <dc:creator>Blessed Madukoma, Prasenjit Mitra</dc:creator>
    </item>
    <item>
      <title>Conditional anomaly detection using soft harmonic functions: An application to clinical alerting</title>
      <link>https://arxiv.org/abs/2604.21956</link>
      <description>arXiv:2604.21956v1 Announce Type: new 
Abstract: Timely detection of concerning events is an important problem in clinical practice. In this paper, we consider the problem of conditional anomaly detection that aims to identify data instances with an unusual response, such as the omission of an important lab test. We develop a new non-parametric approach for conditional anomaly detection based on the soft harmonic solution, with which we estimate the confidence of the label to detect anomalous mislabeling. We further regularize the solution to avoid the detection of isolated examples and examples on the boundary of the distribution support. We demonstrate the efficacy of the proposed method in detecting unusual labels on a real-world electronic health record dataset and compare it to several baseline approaches.</description>
      <guid isPermaLink="false">oai:arXiv.org:2604.21956v1</guid>
      <category>cs.LG</category>
      <pubDate>Mon, 27 Apr 2026 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <dc:creator>Michal Valko, Hamed Valizadegan, Branislav Kveton, Gregory F. Cooper, Milos Hauskrecht</dc:creator>
    </item>
    </channel>
</rss>
"""#),
        ("quant-ph", #"""
<?xml version='1.0' encoding='UTF-8'?>
<rss xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" version="2.0">
  <channel>
    <title>quant-ph updates on arXiv.org</title>
    <link>http://rss.arxiv.org/rss/quant-ph</link>
    <description>quant-ph updates on the arXiv.org e-print archive.</description>
    <atom:link href="http://rss.arxiv.org/rss/quant-ph" rel="self" type="application/rss+xml"/>
    <docs>http://www.rssboard.org/rss-specification</docs>
    <language>en-us</language>
    <lastBuildDate>Mon, 28 Apr 2025 04:00:00 +0000</lastBuildDate>
    <managingEditor>rss-help@arxiv.org</managingEditor>
    <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
    <skipDays>
      <day>Saturday</day>
      <day>Sunday</day>
    </skipDays>
    <item>
      <title>Self-Adjoint Time Operator in a Weighted Energy Space</title>
      <link>https://arxiv.org/abs/2504.17830</link>
      <description>arXiv:2504.17830v1 Announce Type: new 
Abstract: We introduce a self-adjoint time operator \(T_w = i\hbar\bigl(\partial_E + \tfrac12\,\partial_E\ln w(E)\bigr)\) on the weighted energy space \(L^2(\mathbb R,\,w(E)\,dE)\). Under mild conditions on the weight \(w\) (positivity, local absolute continuity, and uniform bounds at large \(\lvert E\rvert\)), we prove that \(T_w\) is essentially self-adjoint. A simple unitary conjugation carries \(T_w\) back to \(i\hbar\,\mathrm{d}/\mathrm{d}E\), which in turn leaves the Hamiltonian spectrum unbounded.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.17830v1</guid>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <dc:creator>Radmir Kokoulin</dc:creator>
    </item>
    <item>
      <title>Statistical noise enhances quantumness benefits in spin-network quantum reservoir computing</title>
      <link>https://arxiv.org/abs/2504.17837</link>
      <description>arXiv:2504.17837v1 Announce Type: new 
Abstract: Quantum reservoir computing offers a promising approach to the utilization of complex quantum dynamics in machine learning. Statistical noise inevitably arises in real settings of quantum reservoir computing (QRC) due to the practical necessity of taking a small to moderate number of measurements. We investigate the effect of statistical noise in spin-network QRC on the possible performance benefits conferred by quantumness. As our measures of quantumness, we employ both quantum entanglement, which we quantify by the partial transpose of the density matrix, and coherence, which we quantify as the sum of the absolute values of the off-diagonal elements of the density matrix. We find that reservoirs which enjoy a finite degree of quantum entanglement and coherence are more stable against the adverse effects of statistical noise on performance compared to their unentangled, incoherent counterparts. Our results indicate that the potential benefit reservoir computers may derive from quantumness depends on the number of measurements used for training and testing, and may indeed be enhanced by statistical noise. These findings not only emphasize the importance of incorporating realistic noise models, but also suggest that the search for quantum advantage may be aided rather than impeded by the practical constraints of implementation within existing machines.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.17837v1</guid>
      <category>quant-ph</category>
      <category>physics.comp-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <dc:creator>Youssef Kora, Christoph Simon</dc:creator>
    </item>
    <item>
      <title>Multiparameter quantum estimation with Gaussian states: efficiently evaluating Holevo, RLD and SLD Cram\'er-Rao bounds</title>
      <link>https://arxiv.org/abs/2504.17873</link>
      <description>arXiv:2504.17873v1 Announce Type: new 
Abstract: Multiparameter quantum estimation theory is crucial for many applications involving infinite-dimensional Gaussian quantum systems, since they can describe many physical platforms, e.g., quantum optical and optomechanical systems and atomic ensembles. In the multiparameter setting, the most fundamental estimation error (quantified by the trace of the estimator covariance matrix) is given by the Holevo Cram\'er-Rao bound (HCRB), which takes into account the asymptotic detrimental impact of measurement incompatibility on the simultaneous estimation of parameters encoded in a quantum state. However, the difficulty of evaluating the HCRB for infinite-dimensional systems weakens the practicality of applying this tool in realistic scenarios. In this paper, we introduce an efficient numerical method to evaluate the HCRB for general Gaussian states, by solving a semidefinite program involving only the covariance matrix and first moment vector and their parametric derivatives. This approach follows similar techniques developed for finite-dimensional systems, and hinges on a phase-space evaluation of inner products between observables that are at most quadratic in the canonical bosonic operators. From this vantage point, we can also understand symmetric and right logarithmic derivative scalar Cram\'er-Rao bounds under the same common framework, showing how they can similarly be evaluated as semidefinite programs. To exemplify the relevance and applicability of this methodology, we consider two paradigmatic applications, where the parameter dependence appears both in the first moments and in the covariance matrix of Gaussian states: estimation of phase and loss, and estimation of squeezing and displacement.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.17873v1</guid>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <dc:creator>Shoukang Chang, Marco G. Genoni, Francesco Albarelli</dc:creator>
    </item>
    <item>
      <title>phase2: Full-State Vector Simulation of Quantum Time Evolution at Scale</title>
      <link>https://arxiv.org/abs/2504.17881</link>
      <description>arXiv:2504.17881v1 Announce Type: new 
Abstract: Large-scale classical simulation of quantum computers is crucial for benchmarking quantum algorithms, establishing boundaries of quantum advantage and exploring heuristic quantum algorithms. We present a full-state vector simulation algorithm and software implementation designed to perform HPC simulation of layers of rotations around a string of Pauli operators. We demonstrate robust scalability of the simulation method on large distributed CPU and GPU systems. Our distributed computation harnessed up to $16\,384$ CPU cores and $512$ NVIDIA H100 GPUs, using $32$ TB of memory. The simulator significantly outperforms other high-performance libraries, showing a typical speedup of $10-100$ for large-scale multi-GPU workloads. As a first application of our approach, we report a numerical experiment aimed at simulating exactly Hamiltonian dynamics of up to 40 qubits to investigate the Trotter error for a quantum chemistry problem. Bounding the Trotter error is important for evaluating the cost of quantum algorithms for chemistry, and rigorous bounds are often conservative, as our simulations confirm. Our software, specifically designed for quantum time evolution applications, is also well equipped to manage circuits that utilize standard gate sets.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.17881v1</guid>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <dc:creator>Marek Miller, Jakob G\"unther, Freek Witteveen, Matthew S. Teynor, Mihael Erakovic, Markus Reiher, Gemma C. Solomon, Matthias Christandl</dc:creator>
    </item>
    <item>
      <title>TrapSIMD: SIMD-Aware Compiler Optimization for 2D Trapped-Ion Quantum Machines</title>
      <link>https://arxiv.org/abs/2504.17886</link>
      <description>arXiv:2504.17886v1 Announce Type: new 
Abstract: Modular trapped-ion (TI) architectures offer a scalable quantum computing (QC) platform, with native transport behaviors that closely resemble the Single Instruction Multiple Data (SIMD) paradigm. We present FluxTrap, a SIMD-aware compiler framework that establishes a hardware-software co-design interface for TI systems. FluxTrap introduces a novel abstraction that unifies SIMD-style instructions -- including segmented intra-trap shift SIMD (S3) and global junction transfer SIMD (JT-SIMD) operations -- with a SIMD-enriched architectural graph, capturing key features such as transport synchronization, gate-zone locality, and topological constraints. It applies two passes -- SIMD aggregation and scheduling -- to coordinate grouped ion transport and gate execution within architectural constraints. On NISQ benchmarks, FluxTrap reduces execution time by up to $3.82 \times$ and improves fidelity by several orders of magnitude. It also scales to fault-tolerant workloads under diverse hardware configurations, providing feedback for future TI hardware design.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.17886v1</guid>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <dc:creator>Jixuan Ruan, Hezi Zhang, Xiang Fang, Ang Li, Wesley C. Campbell, Eric Hudson, David Haye, Hartmut Haeffner, Travis Humble, Jens Palsberg, Yufei Ding</dc:creator>
    </item>
    <item>
      <title>Coherent nonlinear optical probe for cavity-dressed vibrational mode mixing: multidimensional double-quantum coherence and photon-echo signal</title>
      <link>https://arxiv.org/abs/2504.17907</link>
      <description>arXiv:2504.17907v1 Announce Type: new 
Abstract: Cavity modulation of interacting molecular vibrational modes promises an expanded role of the characteristic vibrations to act as spectroscopic markers. In addition to the intrinsic, inter-mode and extrinsic, cavity-mediated inter-mode delocalization, the vibrational modes undergo multiscale relaxation due to reservoir vibrations. Two complementary coherent multidimensional spectroscopic techniques are presented, which reveal the dynamical nature of the mode correlations in the presence relaxation. Simulations are presented for finite laser pulses. The chosen cavity-vibron mode coupling strengths fall within the range of inter-vibrational mode coupling, hinting at a parameter regime where vibrational energy dispersal can be controlled. It is highlighted that the cavity manipulation of vibrational double excitations, namely, overtone and combination states, can offer deeper insights into the collective mode dynamics. These observations set the ground for cavity-controlled spectroscopic investigation of mode-selective dynamics, where localized electromagnetic modes function as an effective few-body coupler of vibrations.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.17907v1</guid>
      <category>quant-ph</category>
      <category>physics.chem-ph</category>
      <category>physics.optics</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by-nc-sa/4.0/</dc:rights>
      <dc:creator>Arunangshu Debnath</dc:creator>
    </item>
    <item>
      <title>Quantum squeezing of a levitated nanomechanical oscillator</title>
      <link>https://arxiv.org/abs/2504.17944</link>
      <description>arXiv:2504.17944v1 Announce Type: new 
Abstract: Manipulating the motions of macroscopic objects near their quantum mechanical uncertainties has been desired in diverse fields, including fundamental physics, sensing, and transducers. Despite significant progresses in ground-state cooling of a levitated solid particle, realizing non-classical states of its motion has been elusive. Here, we demonstrate quantum squeezing of the motion of a single nanoparticle by rapidly varying its oscillation frequency. We reveal significant narrowing of the velocity variance to $-4.9(1)$~dB of that of the ground state via free-expansion measurements. To quantitatively confirm our finding, we develop a method to accurately measure the displacement of the nanoparticle by referencing an optical standing wave. Our work shows that a levitated nanoparticle offers an ideal platform for studying non-classical states of its motion and paves the way for its applications in quantum sensing, as well as for exploring quantum mechanics at a macroscopic scale.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.17944v1</guid>
      <category>quant-ph</category>
      <category>physics.optics</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <dc:creator>M. Kamba, N. Hara, K. Aikawa</dc:creator>
    </item>
    <item>
      <title>Quantum Fisher-Yates shuffle: Unifying methods for generating uniform superpositions of permutations</title>
      <link>https://arxiv.org/abs/2504.17965</link>
      <description>arXiv:2504.17965v1 Announce Type: new 
Abstract: Uniform superpositions over permutations play a central role in quantum error correction, cryptography, and combinatorial optimisation. We introduce a simple yet powerful quantisation of the classical Fisher-Yates shuffle, yielding a suite of efficient quantum algorithms for preparing such superpositions on composite registers. Our method replaces classical randomness with coherent control, enabling five variants that differ in their output structure and entanglement with ancillary systems. We demonstrate that this construction achieves the best known combination of asymptotic resources among all existing approaches, requiring only $\mathcal{O}(n \log(n))$ qubits and $\mathcal{O}(n^{2} \log(n))$ gates and circuit depth. These results position the quantum Fisher-Yates shuffle as a strong candidate for optimality within this class of algorithms. Our work unifies several prior constructions under a single, transparent framework and opens up new directions for quantum state preparation using classical combinatorial insights. Our implementation in Qiskit is available as open-source code, supporting reproducibility and future exploration of quantum permutation-based algorithms.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.17965v1</guid>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <dc:creator>Lennart Binkowski, Marvin Schwiering</dc:creator>
    </item>
    <item>
      <title>Revealing hidden nonlocality and preparation contextuality for an arbitrary input Bell inequality</title>
      <link>https://arxiv.org/abs/2504.18045</link>
      <description>arXiv:2504.18045v1 Announce Type: new 
Abstract: In recent years, the activation of hidden nonlocality for a mixed entangled state, admitting a local model, has gained considerable interest. In this paper, we study the activation of hidden nonlocality and preparation contextuality for a class of mixed entangled states, using local filtering operations. For our demonstration, we consider the two-party (Alice and Bob) one-way communication game known as parity oblivious random access code (PORAC). The quantum success probability of such $n$-bit PORAC solely depends on a Bell functional involving $2^{n-1}$ and $n$ dichotomic measurement settings for Alice and Bob, respectively. Such a Bell functional has two classical bounds, the local and the preparation non-contextual. We show that using local filtering operations on local mixed entangled state, the nonlocality can be revealed for any non-zero value of the mixedness parameter of the entangled state if $n\geq6$. Further, we show that the preparation contextuality, which is a comparatively weaker quantum correlation than nonlocality, can be revealed for any non-zero value of the mixedness parameter of the entangled state if $n\geq 4$.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18045v1</guid>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <dc:creator>Asmita Kumari, Saikat Patra</dc:creator>
    </item>
    <item>
      <title>Universal quantum control over Rydberg atoms</title>
      <link>https://arxiv.org/abs/2504.18074</link>
      <description>arXiv:2504.18074v1 Announce Type: new 
Abstract: In this paper, the universal quantum control with error correction is applied to the generation of the Greenberger-Horne-Zeilinger (GHZ) states of multiple Rydberg atoms, in which the qubits are encoded on the hyperfine ground levels. Our system is featured with the off-resonant driving fields rather than the strong Rydberg interaction sufficient for blockade. It can closely follow the designed nonadiabatic passage during the time evolution and avoid the unwanted transition by imposing the path-dependent and fast-varying global phase. A general GHZ state of $N$ Rydberg qubits can be prepared in $N-1$ steps, which is found to be robust against both environmental noises and systematic errors. Our protocol therefore provides an avenue towards large-scale entanglement, which is essential for quantum information and quantum computation based on neutral atoms.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18074v1</guid>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <dc:creator>Zhu-yao Jin, Jun Jing</dc:creator>
    </item>
    <item>
      <title>Quantum Circuit Learning Using Non-Integrable System Dynamics</title>
      <link>https://arxiv.org/abs/2504.18090</link>
      <description>arXiv:2504.18090v1 Announce Type: new 
Abstract: Quantum machine learning is an approach that aims to improve the performance of machine learning methods by leveraging the properties of quantum computers. In quantum circuit learning (QCL), a supervised learning method that can be implemented using variational quantum algorithms (VQAs), the process of encoding input data into quantum states has been widely discussed for its important role on the expressive power of learning models. In particular, the properties of the eigenvalues of the Hamiltonian used for encoding significantly influence model performance. Recent encoding methods have demonstrated that the expressive power of learning models can be enhanced by applying exponentially large magnetic fields proportional to the number of qubits. However, this approach poses a challenge as it requires exponentially increasing magnetic fields, which are impractical for implementation in large-scale systems. Here, we propose a QCL method that leverages a non-integrable Hamiltonian for encoding, aiming to achieve both enhanced expressive power and practical feasibility. We find that the thermalization properties of non-integrable systems over long timescales, implying that the energy difference has a low probability to be degenerate, lead to an enhanced expressive power for QCL. Since the required magnetic field strength remains within a practical range, our approach to using the non-integrable system is suitable for large-scale quantum computers. Our results bridge the dynamics of non-integrable systems and the field of quantum machine learning, suggesting the potential for significant interdisciplinary contributions.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18090v1</guid>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <dc:creator>Ryutaro Sato, Yasuhiro Aota, Takaharu Yoishida, Hideaki Kawaguchi, Yuichiro Mori, Hiroki Kuji, Yuichiro Matsuzaki</dc:creator>
    </item>
    <item>
      <title>Efficient witnessing and testing of magic in mixed quantum states</title>
      <link>https://arxiv.org/abs/2504.18098</link>
      <description>arXiv:2504.18098v1 Announce Type: new 
Abstract: Nonstabilizerness or `magic' is a crucial resource for quantum computers which can be distilled from noisy quantum states. However, determining the magic of mixed quantum has been a notoriously difficult task. Here, we provide efficient witnesses of magic based on the stabilizer R\'enyi entropy which robustly indicate the presence of magic and quantitatively estimate magic monotones. We also design efficient property testing algorithms to reliably distinguish states with high and low magic, assuming the entropy is bounded. We apply our methods to certify the number of noisy T-gates under a wide class of noise models. Additionally, using the IonQ quantum computer, we experimentally verify the magic of noisy random quantum circuits. Surprisingly, we find that magic is highly robust, persisting even under exponentially strong noise. Our witnesses can also be efficiently computed for matrix product states, revealing that subsystems of many-body quantum states can contain extensive magic despite entanglement. Finally, our work also has direct implications for cryptography and pseudomagic: To mimic high magic states with as little magic as possible, one requires an extensive amount of entropy. This implies that entropy is a necessary resource to hide magic from eavesdroppers. Our work uncovers powerful tools to verify and study the complexity of noisy quantum systems.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18098v1</guid>
      <category>quant-ph</category>
      <category>cond-mat.stat-mech</category>
      <category>cs.CC</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <dc:creator>Tobias Haug, Poetri Sonya Tarabunga</dc:creator>
    </item>
    <item>
      <title>Controlled-Quantum secure remote sensing</title>
      <link>https://arxiv.org/abs/2504.18102</link>
      <description>arXiv:2504.18102v1 Announce Type: new 
Abstract: Quantum resources enable secure quantum sensing (SQS) of remote systems, offering significant advantages in precision and security. However, decoherence in the quantum communication channel and during the evolution of quantum states can erode these advantages. In this work, we first propose a general $N-$particle scheme that achieves Heisenberg-limited (HL) scaling for single-parameter estimation in the presence of an ideal quantum communication channel and encoding scenario. For non-ideal dynamics, we introduce a modified protocol incorporating local quantum optimal control (QOC) operations to address noise in SQS under generalized Pauli dephasing and parallel dephasing noise. We analyze two distinct scenarios: a noiseless communication channel with noisy evolution, and a noisy communication channel with noisy evolution. For the noisy channel, we model the link between the communicating parties as a depolarizing channel. The protocol leverages QOC operations to actively mitigate noise, enhancing the achievable quantum Fisher information (QFI) and the classical Fisher information (CFI) based on the chosen measurement strategy.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18102v1</guid>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <dc:creator>Muhammad Talha Rahim, Saif Al-Kuwari, Mahmood Irtiza Hussain, Asad Ali</dc:creator>
    </item>
    <item>
      <title>Bayesian Quantum Orthogonal Neural Networks for Anomaly Detection</title>
      <link>https://arxiv.org/abs/2504.18103</link>
      <description>arXiv:2504.18103v1 Announce Type: new 
Abstract: Identification of defects or anomalies in 3D objects is a crucial task to ensure correct functionality. In this work, we combine Bayesian learning with recent developments in quantum and quantum-inspired machine learning, specifically orthogonal neural networks, to tackle this anomaly detection problem for an industrially relevant use case. Bayesian learning enables uncertainty quantification of predictions, while orthogonality in weight matrices enables smooth training. We develop orthogonal (quantum) versions of 3D convolutional neural networks and show that these models can successfully detect anomalies in 3D objects. To test the feasibility of incorporating quantum computers into a quantum-enhanced anomaly detection pipeline, we perform hardware experiments with our models on IBM's 127-qubit Brisbane device, testing the effect of noise and limited measurement shots.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18103v1</guid>
      <category>quant-ph</category>
      <category>cs.LG</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <dc:creator>Natansh Mathur, Brian Coyle, Nishant Jain, Snehal Raj, Akshat Tandon, Jasper Simon Krauser, Rainer Stoessel</dc:creator>
    </item>
    <item>
      <title>Teleportation-based Speed Meter for Precision Measurement</title>
      <link>https://arxiv.org/abs/2504.18111</link>
      <description>arXiv:2504.18111v1 Announce Type: new 
Abstract: We propose a quantum teleportation-based speed meter for interferometric displacement sensing. Two equivalent implementations are presented: an online approach that uses real-time displacement operation and an offline approach that relies on post-processing. Both implementations reduce quantum radiation pressure noise and surpass the standard quantum limit of measuring displacement. We discuss potential applications to gravitational-wave detectors, where our scheme enhances low-frequency sensitivity without requiring modifications to the core optics of a conventional Michelson interferometer (e.g., substrate or coating properties). This approach offers a new path to back-action evasion enabled by quantum entanglement.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18111v1</guid>
      <category>quant-ph</category>
      <category>astro-ph.IM</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <dc:creator>Yohei Nishino, James W. Gardner, Yanbei Chen, Kentaro Somiya</dc:creator>
    </item>
    <item>
      <title>Integrating Entanglement Purification into All-Photonic Quantum Repeaters</title>
      <link>https://arxiv.org/abs/2504.18121</link>
      <description>arXiv:2504.18121v1 Announce Type: new 
Abstract: We propose a purification-enhanced all-photonic quantum repeater scheme based on repeater graph states (RGS) framework that leverages the recently proposed half-RGS building block. This framework addresses a longstanding open question--how to naturally integrate entanglement purification with an all-photonic scheme--by enabling long-distance purification without disrupting the core design. Our framework utilizes optimistic purification performed directly on the half-RGS primitives across long distances without waiting for heralding outcomes. The overhead is modest: the RGS generation slows down proportionally with the number of purification rounds, and each round requires only one additional quantum emitter per half-RGS source. However, since the generation time is negligible compared to the end-to-end communication delay, the total latency remains effectively dominated by communication time, similar to frameworks without purification. Our framework enables flexible purification scheduling along the connection path, making it compatible with memory-based strategies, a rich body of research on purification scheduling and optimization that was previously thought inapplicable to the RGS scheme. Through numerical evaluation, we compare the performance of our framework with purification between memories at end nodes.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18121v1</guid>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <dc:creator>Naphan Benchasattabuse, Michal Hajdu\v{s}ek, Rodney Van Meter</dc:creator>
    </item>
    <item>
      <title>Robust and digital hyper-polarization protocol of nuclear spins via magic sequential sequence</title>
      <link>https://arxiv.org/abs/2504.18132</link>
      <description>arXiv:2504.18132v1 Announce Type: new 
Abstract: Hyper-polarization of nuclear spins is crucial for advancing nuclear magnetic resonance (NMR) and quantum information technologies, as nuclear spins typically exhibit extremely low polarization at room temperature due to their small gyro-magnetic ratios. A promising approach to achieving high nuclear spin polarization is transferring the polarization of electron to nuclear spin. The nitrogen-vacancy (NV) center in diamond has emerged as a highly effective medium for this purpose, and various hyper-polarization protocols have been developed. Among these, the pulsed polarization (PulsePol) method has been extensively studied due to its robustness against static energy shifts of the electron spin. In this study, we introduce a sequential polarization protocol and identify a series of magic and digital sequences for hyper-polarizing nuclear spins. Notably, we demonstrate that some of these magic sequences exhibit significantly greater robustness compared to the PulsePol protocol in the presence of finite half $\pi$ pulse duration of the protocol. This enhanced robustness positions our protocol as a more suitable candidate for hyper-polarizing nuclear spins species with large gyromagnetic ratios and also ensures better compatibility with high-efficiency readout techniques at high magnetic fields. Additionally, the generality of our protocol allows for its direct application to other solid-state quantum systems beyond the NV center.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18132v1</guid>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <dc:creator>Haiyang Li, Hao Liao, Ping Wang</dc:creator>
    </item>
    <item>
      <title>Identification of Phase Plate Properties Using Photonic Quantum Sensor Networks</title>
      <link>https://arxiv.org/abs/2504.18135</link>
      <description>arXiv:2504.18135v1 Announce Type: new 
Abstract: Quantum sensor networks (QSNs) have been widely studied for their potential of precise measurements. While most QSN research has focused on estimating continuous variables, recent studies have explored discrete-variable estimation. Here, we propose a method for high-precision identification of phase plate properties using a photon-based QSN, which is categorized as discrete-variable estimation. We consider an interaction of a single photon with $N$ phase plates. There are some distinct properties of the phase plates, and we aim to identify such properties. Specifically, we investigate two cases: (i) distinguishing between phase plates that impart uniformly random phases in the range $[0, 2\pi]$ and those that impart the same phase, and (ii) distinguishing between phase plates that impart uniformly random phases in $[0, 2\pi]$ and those that impart phases within a narrower range $[- \delta, \delta]$ ($0&lt; \delta \ll 1$). For this distinction, we consider two approaches: one in which a single photon is prepared in a nonlocal state before interacting with the phase plates, and the other in which the single photon remains in a local state. Our results demonstrate that the nonlocal state enables more precise identification when $N$ is large.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18135v1</guid>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <dc:creator>Yusuke Machida, Hiroki Kuji, Yuichiro Mori, Hideaki Kawaguchi, Takashi Imoto, Yuki Takeuchi, Miku Ishizaki, Yuichiro Matsuzaki</dc:creator>
    </item>
    <item>
      <title>Evaluation of Distimation's Real-world Performance on a Superconducting Quantum Computer</title>
      <link>https://arxiv.org/abs/2504.18141</link>
      <description>arXiv:2504.18141v1 Announce Type: new 
Abstract: Quantum state estimation plays a crucial role in ensuring reliable creation of entanglement within quantum networks, yet conventional Quantum State Tomography (QST) methods remain resource-intensive and impractical for scaling. To address these limitations, we experimentally validate Distimation, a novel distillation-based protocol designed for efficient Bell-diagonal state estimation. Using IBM Quantum simulators and hardware, we demonstrate that Distimation accurately estimates Bell parameters under simulated and real-world noise conditions, but also demonstrating limitations with operational noise and number of available shots. Additionally, we simulate an asymmetric-fidelity Bell pair scenario via Measurement-Based Quantum Computation (MBQC) to further validate Distimation under realistic network conditions. Our results establish Distimation as a viable method for scalable, real-time entanglement monitoring in practical quantum networks.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18141v1</guid>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <dc:creator>Hikaru Yokomori, Marii Koyama, Naphan Benchasattabuse, Michal Hajdu\v{s}ek, Shota Nagayama, Rodney Van Meter</dc:creator>
    </item>
    <item>
      <title>Preparing the Gutzwiller wave function for attractive SU(3) fermions on a quantum computer</title>
      <link>https://arxiv.org/abs/2504.18149</link>
      <description>arXiv:2504.18149v1 Announce Type: new 
Abstract: We implement the Gutzwiller wave function for attractive SU(3) fermion systems on a quantum computer using a quantum-classical hybrid scheme based on the discrete Hubbard-Stratonovich transformation. In this approach, the nonunitary Gutzwiller operator is decomposed into a linear combination of unitaries constructed from two-qubit fermionic Givens rotation gates, whose rotation angles are dictated by the auxiliary fields. We develop and reformulate two complementary methods to perform the sum over these auxiliary fields. In the first method, the Gutzwiller wave function is probabilistically prepared on the register qubits by projectively postselecting the desired state via measurements of ancilla qubits. We analyze the success rate both analytically and numerically as a function of the Gutzwiller variational parameter $g$ for the Fermi-sea and BCS-like trial states at half filling. The success rate is found to decay exponentially for small $|g|$, but remains finite in the $|g|\to\infty$ limit, with increasing $|g|$. In the second method, we employ importance sampling to address the Gutzwiller variational problem, where the central objective is to estimate the expectation values of observables. We demonstrate the proposed scheme by calculating the energy and triple occupancy of the attractive SU(3) Hubbard model in the framework of digital quantum simulation. Moreover, we present experimental results obtained on a trapped-ion quantum computer for the two-site attractive SU(3) Hubbard model, showing good agreement with exact values within statistical errors.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18149v1</guid>
      <category>quant-ph</category>
      <category>cond-mat.str-el</category>
      <category>hep-th</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <dc:creator>Han Xu, Kazuhiro Seki, Seiji Yunoki</dc:creator>
    </item>
    <item>
      <title>Optimal entanglement witness of multipartite systems using support vector machine approach</title>
      <link>https://arxiv.org/abs/2504.18163</link>
      <description>arXiv:2504.18163v1 Announce Type: new 
Abstract: An entanglement witness (EW) is a Hermitian operator that can distinguish an entangled state from all separable states. We drive and implement a numerical method based on machine learning to create a multipartite EW. Using support vector machine (SVM) algorithm, we construct EW's based on local orthogonal observables in the form of a hyperplane that separates the separable region from the entangled state for two, three and four qubits in Bell-diagonal mixed states, which can be generalized to multipartite mixed states as GHZ states in systems where all modes have equal size. One of the important features of this method is that, when the algorithm succeeds, the EWs are optimal and are completely tangent to the separable region. Also, we generate non-decomposable EWs that can detect positive partial transpose entangled states (PPTES).</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18163v1</guid>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <dc:creator>Mahmoud Mahdian, Zahra Mousavi</dc:creator>
    </item>
    <item>
      <title>Quantifying quantum-state texture</title>
      <link>https://arxiv.org/abs/2504.18166</link>
      <description>arXiv:2504.18166v1 Announce Type: new 
Abstract: Quantum-state texture is a newly recognized quantum resource that has garnered attention with the advancement of quantum theory. In this work, we introduce several potential quantum-state texture measure schemes and check whether they satisfy the three fundamental conditions required for a valid quantum-state texture measure. Specifically, the measure induced by the l_1-norm serves as a vital tool for quantifying coherence, but we prove that it cannot be used to quantify quantum state texture. Furthermore, we show that while relative entropy and robustness meet three fundamental conditions, they are not optimal for quantifying quantum-state texture. Fortunately, we still find that there are several measures that can be used as the measure standard of quantum-state texture. Among them, the trace distance measure and the geometric measure are two good measurement schemes. In addition, the two measures based on Uhlmann's fidelity are experimentally friendly and can serve as an ideal definition of quantum-state texture measures in non-equilibrium situations. All these researches on quantum-state texture measure theory can enrich the resource theory framework of quantum-state texture.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18166v1</guid>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <arxiv:journal_reference>Phys. Rev. A 111, 042427 (2025)</arxiv:journal_reference>
      <dc:creator>Yiding Wang, Hui Liu, Tinggui Zhang</dc:creator>
    </item>
    <item>
      <title>Advancing Superconducting Qubits: CMOS-Compatible Processing and Room Temperature Characterization for Scalable Quantum Computing beyond 2D Architectures</title>
      <link>https://arxiv.org/abs/2504.18173</link>
      <description>arXiv:2504.18173v1 Announce Type: new 
Abstract: We report on an industry-grade CMOS-compatible qubit fabrication approach using a CMOS pilot line, enabling a yield of functional devices reaching 92.8%, with a resistance spread evaluated across the full wafer 200 mm diameter of 12.4% and relaxation times (T1) approaching 80 us. Furthermore, we conducted a comprehensive analysis of wafer-scale room temperature (RT) characteristics collected from multiple wafers and fabrication runs, focusing on RT measurements and their correlation to low temperature qubit parameters. From defined test structures, a across-wafer junction area variation of 10.1% and oxide barrier variation of 7.2% was calculated. Additionally, we notably show a close-correlation between qubit junction resistance and frequency in accordance with the Ambegaokar-Baratoff relation with a critical temperature Tc of about 0.71 K. This overarching relation sets the stage for pre-cooldown qubit evaluation and sorting. In particular, such early-on device characterization and validation are crucial for increasing the fabrication yield and qubit frequency targeting, which currently represent major scaling challenges. Furthermore, it enables the fabrication of large multichip quantum systems in the future. Our findings highlight the great potential of CMOS-compatible industry-style fabrication of superconducting qubits for scalable quantum computing in a foundry pilot line cleanroom.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18173v1</guid>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <dc:creator>S. J. K. Lang, T. Mayer, J. Weber, C. Dhieb, I. Eisele, W. Lerch, Z. Luo, C. Moran Guizan, E. Music, L. Sturm-Rogon, D. Zahn, R. N. Pereira, C. Kutter</dc:creator>
    </item>
    <item>
      <title>Incoherent population trapping in quantum emitters</title>
      <link>https://arxiv.org/abs/2504.18187</link>
      <description>arXiv:2504.18187v1 Announce Type: new 
Abstract: Deterministic emitters transform electronic excitations to photons with unity efficiency. Their development is crucial for both energy-efficient optical interconnects and photonic quantum technologies, but neither rigorous theoretical frameworks nor systematic experimental methods governing deterministic emitters and their identification were so far available. A central -- and seemingly obvious -- assumption underpinning previous works is that the radiative emission probability is proportional to the internal quantum efficiency. Here, we introduce a stochastic model of the decay dynamics in quantum emitters that disproves this assumption and provides a systematic framework for the development of deterministic quantum light sources. Our model agrees with a wide range of experimental findings, including time-resolved spectroscopy, autocorrelation measurements, and saturation spectroscopy, and it also explains a number of hitherto unexplained experiments. For example, our model shows that above-band continuous-wave excitation selects the exciton transitions with the lowest quantum efficiency, which is of direct importance for photonic quantum technologies relying on aligning nanostructures to emitters. We show that the underlying physics is governed by incoherent trapping of the population in metastable states, which has profound consequences for the physics of quantum emitters. Finally, we provide a straightforward experimental protocol for obtaining deterministic emitters.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18187v1</guid>
      <category>quant-ph</category>
      <category>cond-mat.mes-hall</category>
      <category>physics.optics</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <dc:creator>Sergei Lepeshov, S{\o}ren Stobbe</dc:creator>
    </item>
    <item>
      <title>Quantum Lifting for Invertible Permutations and Ideal Ciphers</title>
      <link>https://arxiv.org/abs/2504.18188</link>
      <description>arXiv:2504.18188v1 Announce Type: new 
Abstract: In this work, we derive the first lifting theorems for establishing security in the quantum random permutation and ideal cipher models. These theorems relate the success probability of an arbitrary quantum adversary to that of a classical algorithm making only a small number of classical queries.
  By applying these lifting theorems, we improve previous results and obtain new quantum query complexity bounds and post-quantum security results. Notably, we derive tight bounds for the quantum hardness of the double-sided zero search game and establish the post-quantum security for the preimage resistance, one-wayness, and multi-collision resistance of constant-round sponge, as well as the collision resistance of the Davies-Meyer construction.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18188v1</guid>
      <category>quant-ph</category>
      <category>cs.CC</category>
      <category>cs.CR</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <dc:creator>Alexandru Cojocaru, Minki Hhan, Qipeng Liu, Takashi Yamakawa, Aaram Yun</dc:creator>
    </item>
    <item>
      <title>Estimation of the second-order coherence function using quantum reservoir and ensemble methods</title>
      <link>https://arxiv.org/abs/2504.18205</link>
      <description>arXiv:2504.18205v1 Announce Type: new 
Abstract: We propose a machine learning-based approach enhanced by quantum reservoir computing (QRC) to estimate the zero-time second-order correlation function g2(0). Typically, measuring g2(0) requires single-photon detectors and time-correlated measurements. Machine learning may offer practical solutions by training a model to estimate g2(0) solely from average intensity measurements. In our method, emission from a given quantum source is first processed in QRC. During the inference phase, only intensity measurements are used, which are then passed to a software-based decision tree-based ensemble model. We evaluate this hybrid quantum-classical approach across a variety of quantum optical systems and demonstrate that it provides accurate estimates of g2(0). We further extend our analysis to assess the ability of a trained model to generalize beyond its training distribution, both to the same system under different physical parameters and to fundamentally different quantum sources. While the model may yield reliable estimates within specific regimes, its performance across distinct systems is generally limited.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18205v1</guid>
      <category>quant-ph</category>
      <category>physics.optics</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <dc:creator>Dogyun Ko, Stanis{\l}aw \'Swierczewski, Andrzej Opala, Micha{\l} Matuszewski, Amir Rahmani</dc:creator>
    </item>
    <item>
      <title>Spin decoherence in molecular crystals: nuclear v.s. electronic spin baths</title>
      <link>https://arxiv.org/abs/2504.18254</link>
      <description>arXiv:2504.18254v1 Announce Type: new 
Abstract: The loss of information about the relative phase between two quantum states, known as decoherence, strongly limits resolution in electron paramagnetic spectroscopy and hampers the use of molecules for quantum information processing. At low temperatures, the decoherence of an electronic molecular spin can be driven by its interaction with either other electron spins or nuclear spins. Many experimental techniques have been used to prolong the coherence time of molecular qubits, but these efforts have been hampered by the uncertainty about which of the two mechanisms is effectively limiting coherence in different experimental conditions. Here, we use the Cluster-Correlation Expansion (CCE) to simulate the decoherence of two prototypical molecular qubits and quantitatively demonstrate that nuclear spins become the leading source of decoherence only when the electron spin concentration is below 1 mM. Moreover, we show that deuterated samples, much easier to achieve than fully spin-free environments, could achieve record coherence times of 0.1 ms for an electron spin concentration of 0.1 mM. Alternatively, hydrogen-rich molecular crystals with electron spins concentration below 1 mM can still achieve coherence times of 10 ms through dynamical decoupling, showing that the potential of molecular spins for quantum technologies is still untapped.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18254v1</guid>
      <category>quant-ph</category>
      <category>cond-mat.mtrl-sci</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <dc:creator>Conor Ryan, Valerio Briganti, Cathal Hogan, Mark O'Neill, Alessandro Lunghi</dc:creator>
    </item>
    <item>
      <title>Parallelized Givens Ansatz for Molecular ground-states: Bridging Accuracy and Efficiency on NISQ Platforms</title>
      <link>https://arxiv.org/abs/2504.18264</link>
      <description>arXiv:2504.18264v1 Announce Type: new 
Abstract: In recent years, the Variational Quantum Eigensolver (VQE) has emerged as one of the most popular algorithms for solving the electronic structure problem on near-term quantum computers. The utility of VQE is often hindered by the limitations of current quantum hardware, including short qubit coherence times and low gate fidelities. These limitations become particularly pronounced when VQE is used along with deep quantum circuits, such as those required by the "Unitary Coupled Cluster Singles and Doubles" (UCCSD) ansatz, often resulting in significant errors. To address these issues, we propose a low-depth ansatz based on parallelized Givens rotations, which can recover substantial correlation energy while drastically reducing circuit depth and two-qubit gate counts for an arbitrary active space (AS). Also, considering the current hardware architectures with low qubit counts, we introduce a systematic way to select molecular orbitals to define active spaces (ASs) that retain significant electron correlation. We validate our approach by computing bond dissociation profiles of water and strongly correlated systems, such as molecular nitrogen and oxygen, across various ASs. Noiseless simulations using the new ansatz yield ground-state energies comparable to those from the UCCSD ansatz while reducing circuit depth by 50-70%. Moreover, in noisy simulations, our approach achieves energy error rates an order of magnitude lower than that of UCCSD. Considering the efficiency and practical usage of our ansatz, we hope that it becomes a potential choice for performing quantum chemistry calculations on near-term quantum devices.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18264v1</guid>
      <category>quant-ph</category>
      <category>physics.chem-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by-nc-nd/4.0/</dc:rights>
      <dc:creator>M. R. Nirmal (Department of Chemistry, Indian Institute of Technology Madras, Chennai, India, Centre for Quantum Information, Communication, and Computing, Indian Institute of Technology Madras, Chennai, India), Ankit Khandelwal (Department of Chemistry, Indian Institute of Technology Madras, Chennai, India, Centre for Quantum Information, Communication, and Computing, Indian Institute of Technology Madras, Chennai, India), Manoj Nambiar (Department of Chemistry, Indian Institute of Technology Madras, Chennai, India, Centre for Quantum Information, Communication, and Computing, Indian Institute of Technology Madras, Chennai, India), Sharma S. R. K. C. Yamijala (Department of Chemistry, Indian Institute of Technology Madras, Chennai, India, Centre for Quantum Information, Communication, and Computing, Indian Institute of Technology Madras, Chennai, India)</dc:creator>
    </item>
    <item>
      <title>Optimizing Resource Allocation in a Distributed Quantum Computing Cloud: A Game-Theoretic Approach</title>
      <link>https://arxiv.org/abs/2504.18298</link>
      <description>arXiv:2504.18298v1 Announce Type: new 
Abstract: Quantum cloud computing is essential for achieving quantum supremacy by utilizing multiple quantum computers connected via an entangling network to deliver high performance for practical applications that require extensive computational resources. With such a platform, various clients can execute their quantum jobs (quantum circuits) without needing to manage the quantum hardware and pay based on resource usage. Hence, defining optimal quantum resource allocation is necessary to avoid overcharging clients and to allow quantum cloud providers to maximize resource utilization. Prior work has mainly focused on minimizing communication delays between nodes using multi-objective techniques. Our approach involves analyzing the problem from a game theory perspective. We propose a quantum circuit partitioning resource allocation game model (QC-PRAGM) that minimizes client costs while maximizing resource utilization in quantum cloud environments. We extend QC-PRAGM to QC-PRAGM++ to maximize local gates in a partition by selecting the best combinations of qubits, thereby minimizing both cost and inter-node communication.
  We demonstrate analytically that clients are charged appropriately (with a total cost at most $\frac{4}{3}$ the optimal cost) while optimizing quantum cloud resources. Further, our simulations indicate that our solutions perform better than traditional ones in terms of the cost per quantum node, total cost, maximum cost, number of partitions, and number of remote gates.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18298v1</guid>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <dc:creator>Bernard Ousmane Sane, Michal Hajdu\v{s}ek, Rodney Van Meter</dc:creator>
    </item>
    <item>
      <title>Emergent random matrix universality in quantum operator dynamics</title>
      <link>https://arxiv.org/abs/2504.18311</link>
      <description>arXiv:2504.18311v1 Announce Type: new 
Abstract: The memory function description of quantum operator dynamics involves a carefully chosen split into 'fast' and 'slow' modes. An approximate model for the fast modes can then be used to solve for Green's functions $G(z)$ of the slow modes. One common approach is to form a Krylov operator basis $\{O_m \}_{m\ge 0}$, and then approximate the dynamics restricted to the 'fast space' $\{O_m \}_{m\ge n}$ for $n\gg 1$. Denoting the fast space Green's function by $G_n (z)$, in this work we prove that $G_n (z)$ exhibits universality in the $n \to \infty$ limit, approaching different universal scaling forms in different regions of the complex $z$-plane. This universality of $G_n (z)$ is precisely analogous to the universality of eigenvalue correlations in random matrix theory (RMT). At finite $z$, we show that $G_n (z)$ approaches the Wigner semicircle law, the same as the average bulk resolvent for the Gaussian Unitary Ensemble. When $G(z)$ is the Green's function of certain hydrodynamical variables, we show that at low frequencies $G_n (z)$ is instead governed by the Bessel universality class from RMT. As an application we give a new numerical method, the spectral bootstrap, for approximating spectral functions from Lanczos coefficients. Our proof is complex analytic in nature, involving a Riemann-Hilbert problem which we solve using a steepest-descent-type method, controlled in the $n\to\infty$ limit. This proof technique assumes some regularity conditions on the spectral function, and we comment on their possible connections to the eigenstate thermalization hypothesis. We are led via steepest-descent to a related Coulomb gas ensemble, and we discuss how a recent conjecture -- the 'Operator Growth Hypothesis' -- is linked to a confinement transition in this Coulomb gas. We then explain the implications of this criticality for the computational resources required to estimate transport coefficients.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18311v1</guid>
      <category>quant-ph</category>
      <category>cond-mat.stat-mech</category>
      <category>hep-th</category>
      <category>math-ph</category>
      <category>math.CA</category>
      <category>math.MP</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <dc:creator>Oliver Lunt, Thomas Kriecherbauer, Kenneth T-R McLaughlin, Curt von Keyserlingk</dc:creator>
    </item>
    <item>
      <title>Measurement compatibility in multiparameter quantum interferometry</title>
      <link>https://arxiv.org/abs/2504.18324</link>
      <description>arXiv:2504.18324v1 Announce Type: new 
Abstract: While the performance of single-parameter quantum sensors is immediate to assess by means of the Cram\'er-Rao bound, extension to multiple parameters demands more caution. Different aspects need to be captured at once, including, critically, compatibility. In this article we consider compatibility in quantum interferometry for an important class of probe states and for double homodyne measurement, standard benchmarks for these applications. We include the presence of loss and phase diffusion in the estimation of a phase. Our results illustrate how different weighting of the precision on individual parameters affects their compatibility, adding to the list of considerations for quantum multiparameter estimation.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18324v1</guid>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <dc:creator>Jayanth Jayakumar, Marco Barbieri, Magdalena Stobi\'nska</dc:creator>
    </item>
    <item>
      <title>Quantum Circuit Design for Decoded Quantum Interferometry</title>
      <link>https://arxiv.org/abs/2504.18334</link>
      <description>arXiv:2504.18334v1 Announce Type: new 
Abstract: Decoded Quantum Interferometry (DQI) is a recently proposed quantum algorithm for approximating solutions to combinatorial optimization problems by reducing instances of linear satisfiability to bounded-distance decoding over superpositions of quantum states. A central challenge in realizing DQI is the design of a decoder that operates coherently on quantum superpositions. In this work, we present a concrete quantum circuit implementation of DQI, with a focus on the decoding subroutine. Our design leverages a reversible Gauss-Jordan elimination circuit for the decoding stage. We analyze the circuit's depth and gate complexity and validate its performance through simulations on systems with up to 30 qubits. These results establish a concrete foundation for scalable implementations of DQI and open the door to future algorithmic refinements and hardware-level realizations.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18334v1</guid>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <dc:creator>Natchapol Patamawisut, Naphan Benchasattabuse, Michal Hajdu\v{s}ek, Rodney Van Meter</dc:creator>
    </item>
    <item>
      <title>Predicting sampling advantage of stochastic Ising Machines for Quantum Simulations</title>
      <link>https://arxiv.org/abs/2504.18359</link>
      <description>arXiv:2504.18359v1 Announce Type: new 
Abstract: Stochastic Ising machines, sIMs, are highly promising accelerators for optimization and sampling of computational problems that can be formulated as an Ising model. Here we investigate the computational advantage of sIM for simulations of quantum magnets with neural-network quantum states (NQS), in which the quantum many-body wave function is mapped onto an Ising model. We study the sampling performance of sIM for NQS by comparing sampling on a software-emulated sIM with standard Metropolis-Hastings sampling for NQS. We quantify the sampling efficiency by the number of steps required to reach iso-accurate stochastic estimation of the variational energy and show that this is entirely determined by the autocorrelation time of the sampling. This enables predications of sampling advantage without direct deployment on hardware. For the quantum Heisenberg models studied and experimental results on the runtime of sIMs, we project a possible speed-up of 100 to 10000, suggesting great opportunities for studying complex quantum systems at larger scales.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18359v1</guid>
      <category>quant-ph</category>
      <category>cond-mat.dis-nn</category>
      <category>cs.ET</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <dc:creator>Rutger J. L. F. Berns, Davi R. Rodrigues, Giovanni Finocchio, Johan H. Mentink</dc:creator>
    </item>
    <item>
      <title>Optical Schr\"odinger cat states generation using cubic phase resource state and beamsplitter</title>
      <link>https://arxiv.org/abs/2504.18372</link>
      <description>arXiv:2504.18372v1 Announce Type: new 
Abstract: Squeezed Schr\"odinger cat states are a valuable resource for quantum error correction and quantum computing. In this paper, we investigate the gate for generating such states in the optical regime. Our scheme is based on the entanglement between an arbitrary (in general) signal and a resource non-Gaussian light fields on an asymmetric beamsplitter, followed by homodyne measurement. The resource field is preconditioned in the cubic phase state. In contrast to the previously considered gates that use the same resource state and QND entangling operation, the beamsplitter-based scheme offers a straightforward possibility for obtaining squeezed Schr\"odinger cat states with the desired degree of squeezing. Along with the exact description of the gate, we perform here the semiclassical analysis of the gate operation we have introduced previously. This allows us to demonstrate clearly the principle of gate operation and to reveal in a simple and visual form the significant statistical properties of the output state, such as the squeezing ratio and the specific deformations of the output cat state components. Comparative analysis of the gate efficiency is presented for different resource states, that is, the cubic phase state and the Fock state. The gate parameters that ensure the generation of squeezed Schr\"odinger cat states with a needed fidelity and probability are evaluated.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18372v1</guid>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <dc:creator>A. V. Baeva, A. S. Losev, I. V. Sokolov</dc:creator>
    </item>
    <item>
      <title>PT-symmetry breaking phase transitions in an LMG dimer</title>
      <link>https://arxiv.org/abs/2504.18426</link>
      <description>arXiv:2504.18426v1 Announce Type: new 
Abstract: The open Lipkin-Meshkov-Glick (LMG) model provides a prototype of a dissipative phase transition which can be analyzed using mean-field theory. By combining the physics of this model with those of a quantum analogue of a parity-time reversal symmetry breaking transition we analyze the steady states phase diagram of a pair of coupled LMG models. The interplay of these two distinct physical effects leads to a complex phase diagram with multiple different types of steady state. We show that the effects predicted from mean-field theory survive in the full quantum model.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18426v1</guid>
      <category>quant-ph</category>
      <category>cond-mat.quant-gas</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <dc:creator>Simon Kothe, Peter Kirton</dc:creator>
    </item>
    <item>
      <title>CHSH Violations using Dynamic Circuits</title>
      <link>https://arxiv.org/abs/2504.18429</link>
      <description>arXiv:2504.18429v1 Announce Type: new 
Abstract: Scalable quantum computing relies on high-quality, long-range entanglement, a challenge on noisy, near-term devices. The need for practical insights for near-term algorithm design calls for trade-offs exploration in implementing dynamic circuits on current hardware. In this work, we experimentally compare three CNOT implementations for generating Bell states across varying qubit separations on a 127-qubit IBM Quantum Eagle processor ibm_quebec: a unitary (SWAP-based) approach, a dynamic approach with mid-circuit measurements and classical feedforward, and a post-processed approach. We use Clauser-Horne-Shimony-Holt (CHSH) inequality violations to quantify entanglement quality. We observe that, beyond 10 qubits, dynamic circuits surpass the unitary approach, demonstrating improved distance-dependent entanglement preservation. The post-processed approach consistently yields the highest CHSH values, reaching |S| &gt; 2 up to 13 qubits. Our results underscore the critical need for faster classical feedforward and higher readout fidelity.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18429v1</guid>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by-nc-sa/4.0/</dc:rights>
      <dc:creator>Jean-Baptiste Waring, Christophe Pere, S\'ebastien Le Beux</dc:creator>
    </item>
    <item>
      <title>Nondegenerate, Lamb-shift Solution of the Dirac Hydrogen Atom</title>
      <link>https://arxiv.org/abs/2504.18477</link>
      <description>arXiv:2504.18477v1 Announce Type: new 
Abstract: When the Dirac equation was first published in 1928, three solutions appeared immediately within the same year, each describing the most important problem in physics at that time: the hydrogen atom. These solutions lifted some of the degeneracy from earlier atomic models, but not all of it--they still predicted the same degenerate energy levels for the 2s1/2 and 2p1/2 states, for example. In this paper, we introduce a new solution of the Dirac equation, which finally removes all degeneracy from the hydrogen atom. We work in terms of dimensionless quantities and use the Lamb shift to give each atomic state in our model a unique, nondegenerate energy level. We obtain radial eigenfunctions in terms of the Laguerre polynomials, demonstrate how they can be reduced to the Schrodinger wavefunctions by applying limits, and plot our results.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18477v1</guid>
      <category>quant-ph</category>
      <category>physics.atom-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <dc:creator>Nathan S. Roberts</dc:creator>
    </item>
    <item>
      <title>Magnetic field orientation dependence of continuous-wave optically detected magnetic resonance with nitrogen-vacancy ensembles</title>
      <link>https://arxiv.org/abs/2504.18478</link>
      <description>arXiv:2504.18478v1 Announce Type: new 
Abstract: Continuous-wave optically detected magnetic resonance (CW-ODMR) measurements with nitrogen-vacancy (NV) spins in diamond are used for sensing DC magnetic fields from nearby magnetic targets. However, this technique suffers from ambiguities in the extraction of the magnetic field components when resonances due to different NV orientation classes overlap with each other. Here, we perform detailed experimental and theoretical studies of such effects on NV ensembles experiencing low bias magnetic fields. In particular, through symmetry considerations, we systematically examine the ODMR response of different NV orientation classes as a function of the orientation of the magnetic field vector. Our studies are of importance for performing a careful and detailed analysis of the ODMR spectra in order to infer the vector magnetic field information. Our results find application in the studies of magnetic samples that require a low applied bias field and also can be potentially adapted to defect spins in other solid-state systems.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18478v1</guid>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <dc:creator>Pralekh Dubey, Shashank Kumar, Chinmaya Singh, Jemish Naliyapara, Monish A Poojar, Harikrishnan K B, Anshul Poonia, Phani Peddibhotla</dc:creator>
    </item>
    <item>
      <title>Atoms in hollow-core fibers: A QED approach</title>
      <link>https://arxiv.org/abs/2504.18512</link>
      <description>arXiv:2504.18512v1 Announce Type: new 
Abstract: We outline mechanical effects of light-matter interaction inside hollow-core optical fibers. Starting with quantized electromagnetic radiation, we demonstrate how dispersion, mode functions and losses define an open quantum system and how subsequent Langevin equations can be used to predict spatially-dependent vacuum forces. Conceptually, we reveal new, geometry-induced, forces that have no equivalence in unbounded 3-D space and, practically, show how the general spatial dependence can be greatly approximated by free-space Ince-Gaussian modes: such that the forces can be described analytically. By also considering the effects of drive and fluctuations, we provide an extensive overview of both control and cooling within the limitations of a 2-level atomic system.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18512v1</guid>
      <category>quant-ph</category>
      <category>physics.atom-ph</category>
      <category>physics.optics</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by-nc-sa/4.0/</dc:rights>
      <dc:creator>Thomas W. Clark, Luca Vincetti, Peter Domokos</dc:creator>
    </item>
    <item>
      <title>Classical Interfaces for Controlling Cryogenic Quantum Computing Technologies</title>
      <link>https://arxiv.org/abs/2504.18527</link>
      <description>arXiv:2504.18527v1 Announce Type: new 
Abstract: Quantum processors have the potential to revolutionise computing on a scale unseen since the development of semiconductor technology in the middle of the 20th century. However, while there is now huge activity and investment in the field, there are a number of challenges that must be overcome before the technology can be fully realised. Of primary concern is the development of the classical technology required to interface with quantum systems, as we push towards a new era of high-performance, large-scale quantum computing.
  In this review, we briefly discuss some of the main challenges facing the development of universally useful quantum computers and the different architectures being investigated. We are primarily concerned with cryogenic quantum systems. These systems are among the most mature quantum computing architectures to date, and are garnering a lot of both industrial and academic attention.
  We present and analyse the leading methods of interfacing with quantum processors, both now and for the next generation of larger, multi-qubit systems. Recent advancements in control cryoelectronics, both semiconducting and superconducting, are covered, while a view towards newer methods such as optical and wireless qubit interfaces are also presented.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18527v1</guid>
      <category>quant-ph</category>
      <category>physics.app-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <dc:creator>Jack C. Brennan, Joao Barbosa, Chong Li, Meraj Ahmad, Fiheon Imroze, Calum Rose, Wridhdhisom Karar, Manoj Stanley, Hadi Heidari, Nick M. Ridler, Martin Weides</dc:creator>
    </item>
    <item>
      <title>Towards Quantum Universal Hypothesis Testing</title>
      <link>https://arxiv.org/abs/2504.16299</link>
      <description>arXiv:2504.16299v1 Announce Type: cross 
Abstract: Hoeffding's formulation and solution to the universal hypothesis testing (UHT) problem had a profound impact on many subsequent works dealing with asymmetric hypotheses. In this work, we introduce a quantum universal hypothesis testing framework that serves as a quantum analog to Hoeffding's UHT. Motivated by Hoeffding's approach, which estimates the empirical distribution and uses it to construct the test statistic, we employ quantum state tomography to reconstruct the unknown state prior to forming the test statistic. Leveraging the concentration properties of quantum state tomography, we establish the exponential consistency of the proposed test: the type II error probability decays exponentially quickly, with the exponent determined by the trace distance between the true state and the nominal state.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.16299v1</guid>
      <category>cs.IT</category>
      <category>math.IT</category>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>cross</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <dc:creator>Arick Grootveld, Haodong Yang, Biao Chen, Venkata Gandikota, Jason Pollack</dc:creator>
    </item>
    <item>
      <title>Eta-pairing state in flatband lattice: Interband coupling effect on entanglement entropy logarithm</title>
      <link>https://arxiv.org/abs/2504.17845</link>
      <description>arXiv:2504.17845v1 Announce Type: cross 
Abstract: The eta-pairing state is the eigenstate of the hypercubic Hubbard model, which exhibits anomalous logarithmic scaling of entanglement entropy. In multi-band systems, eta-pairing can be exact eigenstate when the band is flat without interband coupling. However, typical flatband systems such as Lieb and Kagome lattices often feature band touchings, where interband coupling effects are non-negligible. Using the Creutz ladder, we investigate the deformation of eta-pairing states under the interband coupling effect. Our results show corrections to entanglement entropy scaling, with modified eta-pairing states displaying broadened doublons, nonuniform energy spacing, and deviations from exact behavior for configurations with more than one eta-pair, even in the large band gap limit, except at t = 0. Through a Schrieffer-Wolff transformation, we quantify corrections to the spectrum generating algebra, offering insights into the interplay between interaction-driven phenomena and band structure effects. These findings illuminate the robustness and limitations of eta-pairing in realistic flatband systems.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.17845v1</guid>
      <category>cond-mat.str-el</category>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>cross</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <dc:creator>Seik Pak, Hanbyul Kim, Chan Bin Bark, Sang-Jin Sin, Jae-yoon Choi, Moon Jip Park</dc:creator>
    </item>
    <item>
      <title>Black Hole Information From Non-vacuum Localised Quantum States</title>
      <link>https://arxiv.org/abs/2504.17911</link>
      <description>arXiv:2504.17911v1 Announce Type: cross 
Abstract: We revisit Hawking's black hole radiation derivation, including the quantum state of the initial matter forming the black hole. We investigate how non-vacuum initial quantum states, at the past of a black hole geometry, influence the black hole radiation observed at future null infinity $( \mathcal{I}^+)$. We further classify which of the initial state excitations are distinguishable from one another through measurements on the black hole radiation state. We use Algebraic Quantum Field Theory (AQFT) to provide a clear physical interpretation of the results, in terms of localised operations. We then take a concrete example of a black hole made of one large collapsing excitation of mass $M$ and compare it to a same-mass black hole formed due to the collapse of two smaller excitations, of mass $M/2$ each. We find using our formalism that the two cases yield different radiation states and can in principle be distinguished. Our results provide a mechanism for partial information recovery in evaporating black holes, classify what information is recoverable through stimulated emission, and a concrete understanding of the classification based on the AQFT localisation.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.17911v1</guid>
      <category>gr-qc</category>
      <category>hep-th</category>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>cross</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <dc:creator>Ali Akil, Riccardo Falcone, Nicetu Tibau Vidal, Giulio Chiribella</dc:creator>
    </item>
    <item>
      <title>Quantum effects in rotationally invariant spin glass models</title>
      <link>https://arxiv.org/abs/2504.18034</link>
      <description>arXiv:2504.18034v1 Announce Type: cross 
Abstract: This study investigates the quantum effects in transverse-field Ising spin glass models with rotationally invariant random interactions. The primary aim is to evaluate the validity of a quasi-static approximation that captures the imaginary-time dependence of the order parameters beyond the conventional static approximation. Using the replica method combined with the Suzuki--Trotter decomposition, we established a stability condition for the replica symmetric solution, which is analogous to the de Almeida--Thouless criterion. Numerical analysis of the Sherrington--Kirkpatrick model estimates a value of the critical transverse field, $\Gamma_\mathrm{c}$, which agrees with previous Monte Carlo-based estimations. For the Hopfield model, it provides an estimate of $\Gamma_\mathrm{c}$, which has not been previously evaluated. For the random orthogonal model, our analysis suggests that quantum effects alter the random first-order transition scenario in the low-temperature limit. This study supports a quasi-static treatment for analyzing quantum spin glasses and may offer useful insights into the analysis of quantum optimization algorithms.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18034v1</guid>
      <category>cond-mat.dis-nn</category>
      <category>cond-mat.stat-mech</category>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>cross</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <dc:creator>Yoshinori Hara, Yoshiyuki Kabashima</dc:creator>
    </item>
    <item>
      <title>Entanglement Harvesting from Quantum Field: Insights via the Partner Formula</title>
      <link>https://arxiv.org/abs/2504.18129</link>
      <description>arXiv:2504.18129v1 Announce Type: cross 
Abstract: We examine the condition necessary for extracting entanglement from a quantum field through the use of two local modes A and B (detector modes). We show that Simon's entanglement criterion for the bipartite Gaussian state can be reformulated in terms of commutators between the canonical operators of the detector mode B and the partner mode P of the detector mode A. Using the profile representation of detector modes, we identify that harvesting is prohibited under certain specific conditions. According to analyses based on moving mirror models, Hawking radiation originates from the Milne modes at past null infinity, that reflect off at the mirror and ultimately transform into real particle modes. Drawing parallels between the Unruh effect and Hawking radiation, our findings indicate an absence of quantum correlations between ``real particles" emitted as Hawking radiation.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18129v1</guid>
      <category>gr-qc</category>
      <category>hep-th</category>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>cross</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <dc:creator>Yuki Osawa, Yasusada Nambu, Riku Yoshimoto</dc:creator>
    </item>
    <item>
      <title>Determining Molecular Ground State with Quantum Imaginary Time Evolution using Broken-Symmetry Wave Function</title>
      <link>https://arxiv.org/abs/2504.18156</link>
      <description>arXiv:2504.18156v1 Announce Type: cross 
Abstract: The Hartree-Fock (HF) wave function, commonly used for approximating molecular ground states, becomes nonideal in open shell systems due to the inherent multi-configurational nature of the wave function, limiting accuracy in Quantum Imaginary Time Evolution (QITE). We propose replacing the HF wave function with a spin- and spatial-symmetry broken wave function, enhancing convergence by adding a spin operator, $S^2$ as a penalty term to the original molecular Hamiltonian. We verify that this approach provides good convergence behavior towards the lowest energy eigenstate using direct matrix exponentiation for Imaginary Time Evolution (ITE). Numerical simulations were performed on the hydrogen molecule and a square tetrahydrogen cluster using measurement-assisted unitary approximation in QITE. QITE demonstrates faster convergence to the ground state with broken symmetry (BS) compared to HF, particularly after the molecule exhibits a diradical character of 0.56 for hydrogen. Prior to this point, HF remains more effective, suggesting a transition threshold of diradical character for wave function selection. Additionally, the overlap analysis with Complete Active Space Configuration Interaction (CAS-CI) wave function shows that BS has a larger initial overlap than HF in higher-spin, multi-configurational systems like triple bond dissociation in nitrogen molecule. This method provides a pathway for improved energy simulations in open shell systems, where wave function accuracy significantly impacts downstream quantum algorithms and practical applications in quantum chemistry.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18156v1</guid>
      <category>physics.chem-ph</category>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>cross</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <dc:creator>Pawan Sharma Poudel, Kenji Sugisaki, Michal Hajdu\v{s}ek, Rodney Van Meter</dc:creator>
    </item>
    <item>
      <title>Acoustic phonons, spin-phonon coupling and spin relaxation via the lattice reorientation mechanism in hexagonal germanium nanowires</title>
      <link>https://arxiv.org/abs/2504.18198</link>
      <description>arXiv:2504.18198v1 Announce Type: cross 
Abstract: Spin relaxation via electron-phonon interaction is an important decoherence mechanism for spin qubits. In this work, we study spin relaxation in hexagonal (2H) germanium, a novel direct-gap semiconductor showing great potential to combine highly coherent spin qubits with optical functionality. Focusing on electrostatically defined quantum dots in hexagonal germanium nanowires, we (i) identify geometries where spin qubit experiments are feasible, (ii) compute the nanowire phonon modes, and (iii) describe spin relaxation of hole spin qubits due to phonon-induced lattice reorientation, a direct spin-phonon coupling mechanism that is absent in cubic semiconductors typically used for spin qubits (GaAs, cubic Si, cubic Ge). We obtain the spin relaxation time as a function of nanowire cross section, quantum dot confinement length, and magnetic field. For realistic parameters, we find relaxation times above 10 ms, and reveal that the magnetic field direction maximizing the relaxation time depends on the qubit Larmor frequency. Our results facilitate the design of nanowire quantum dot experiments with long qubit relaxation times.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18198v1</guid>
      <category>cond-mat.mes-hall</category>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>cross</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <dc:creator>Baksa Kolok, Gy\"orgy Frank, Andr\'as P\'alyi</dc:creator>
    </item>
    <item>
      <title>Quantum droplets in a beyond-mean-field density-dependent gauge theory</title>
      <link>https://arxiv.org/abs/2504.18220</link>
      <description>arXiv:2504.18220v1 Announce Type: cross 
Abstract: The beyond-mean-field corrections appropriate to a bosonic many-body system experiencing a density-dependent gauge potential are derived, and from this the dimensional hierarchy of quantum droplet solutions are explored. Non-stationary quantum droplet solutions are supported by a single interaction parameter characterising the strength of the gauge potential, while in one dimension the beyond-mean-field theory can be solved exactly to yield chiral quantum droplets and dark soliton-like excitations. Numerical simulations of single and pairs of chiral droplets indicate a rich dynamics in the beyond-mean-field regime.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18220v1</guid>
      <category>cond-mat.quant-gas</category>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>cross</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <dc:creator>Matthew Edmonds, Patrik \"Ohberg</dc:creator>
    </item>
    <item>
      <title>Probing Quantum Phenomena through Photoproduction in Relativistic Heavy-Ion Collisions</title>
      <link>https://arxiv.org/abs/2504.18342</link>
      <description>arXiv:2504.18342v1 Announce Type: cross 
Abstract: Photoproduction in ultra-peripheral relativistic heavy-ion collisions displays many unique features, often involving quantum mechanical coherence and two-source interference between photon emission from the two ions. We review the recent experimental results from RHIC and the LHC and theoretical studies of coherent vector meson photoproduction, emphasizing the quantum mechanical aspects of the interactions and the entanglement between the final state particles. These studies enrich our understanding of non-local realism, underscore the critical role of the polarization of the photon source, quantum interference and nuclear effect on the gluon distribution. It paves a way for quantitatively probing the quantum nature of these high-energy nuclear collisions.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18342v1</guid>
      <category>nucl-ex</category>
      <category>nucl-th</category>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>cross</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <arxiv:DOI>10.1016/j.ppnp.2025.104174</arxiv:DOI>
      <arxiv:journal_reference>Progress in Particle and Nuclear Physics (2025)</arxiv:journal_reference>
      <dc:creator>James Daniel Brandenburg, Spencer R. Klein, Zhangbu Xu, Shuai Yang, Wangmei Zha, Jian Zhou</dc:creator>
    </item>
    <item>
      <title>Quantum machine learning framework for longitudinal biomedical studies</title>
      <link>https://arxiv.org/abs/2504.18392</link>
      <description>arXiv:2504.18392v1 Announce Type: cross 
Abstract: Longitudinal biomedical studies play a vital role in tracking disease progression, treatment response, and the emergence of resistance mechanisms, particularly in complex disorders such as cancer and neurodegenerative diseases. However, the high dimensionality of biological data, combined with the limited size of longitudinal cohorts, presents significant challenges for traditional machine learning approaches. In this work, we explore the potential of quantum machine learning (QML) for longitudinal biomarker discovery. We propose a novel modification to the instantaneous quantum polynomial time (IQP) feature map, designed to encode temporal dependencies across multiple time points in biomedical datasets. Through numerical simulations on both synthetic and real-world datasets - including studies on follicular lymphoma and Alzheimer's disease - we demonstrate that our longitudinal IQP feature map improves the ability of quantum kernels to capture intra-subject temporal patterns, offering a promising direction for QML in clinical research.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.18392v1</guid>
      <category>q-bio.QM</category>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>cross</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <dc:creator>Maria Demidik, Filippo Utro, Alexey Galda, Karl Jansen, Daniel Blankenberg, Laxmi Parida</dc:creator>
    </item>
    <item>
      <title>Deniable Encryption in a Quantum World</title>
      <link>https://arxiv.org/abs/2112.14988</link>
      <description>arXiv:2112.14988v4 Announce Type: replace 
Abstract: (Sender-)Deniable encryption provides a very strong privacy guarantee: a sender who is coerced by an attacker into "opening" their ciphertext after-the-fact is able to generate "fake" local random choices that are consistent with any plaintext of their choice. In this work, we study (sender-)deniable encryption in a setting where the encryption procedure is a quantum algorithm, but the ciphertext is classical. We show that quantum computation unlocks a fundamentally stronger form of deniable encryption, which we call perfect unexplainability. The primitive at the heart of unexplainability is a quantum computation for which there is provably no efficient way, such as exhibiting the "history of the computation", to establish that the output was indeed the result of the computation. We give a construction that is secure in the random oracle model, assuming the quantum hardness of LWE. Crucially, this notion implies a form of protection against coercion "before-the-fact", a property that is impossible to achieve classically.</description>
      <guid isPermaLink="false">oai:arXiv.org:2112.14988v4</guid>
      <category>quant-ph</category>
      <category>cs.CR</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>replace</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <dc:creator>Andrea Coladangelo, Shafi Goldwasser, Umesh Vazirani</dc:creator>
    </item>
    <item>
      <title>MECH: Multi-Entry Communication Highway for Superconducting Quantum Chiplets</title>
      <link>https://arxiv.org/abs/2305.05149</link>
      <description>arXiv:2305.05149v4 Announce Type: replace 
Abstract: Chiplet architecture is an emerging architecture for quantum computing that could significantly increase qubit resources with its great scalability and modularity. However, as the computing scale increases, communication between qubits would become a more severe bottleneck due to the long routing distances. In this paper, we propose a multi-entry communication highway (MECH) mechanism to trade ancillary qubits for program concurrency, and build a compilation framework to efficiently manage and utilize the highway resources. Our evaluation shows that this framework significantly outperforms the baseline approach in both the circuit depth and the number of operations on typical quantum benchmarks. This implies a more efficient and less error-prone compilation of quantum programs.</description>
      <guid isPermaLink="false">oai:arXiv.org:2305.05149v4</guid>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>replace</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <dc:creator>Hezi Zhang, Keyi Yin, Anbang Wu, Hassan Shapourian, Alireza Shabani, Yufei Ding</dc:creator>
    </item>
    <item>
      <title>Probing Hilbert Space Fragmentation with Strongly Interacting Rydberg Atoms</title>
      <link>https://arxiv.org/abs/2403.13790</link>
      <description>arXiv:2403.13790v2 Announce Type: replace 
Abstract: Hilbert space fragmentation provides a mechanism to break ergodicity in closed many-body systems. Here, we propose a feasible scheme to explore this exotic paradigm on a Rydberg quantum simulator. We show that the Rydberg Ising model in the large detuning regime can be mapped to a generalized folded XXZ model featuring a strongly fragmented Hilbert space. The emergent Hamiltonian, however, displays distinct time scales for the transport of a magnon and a hole excitation. This interesting property facilitates a continuous tuning of the Krylov-subspace ergodicity, from the integrable regime, to the Krylov-restricted thermal phase, and eventually to the statistical bubble localization region. By further introducing nonlocal interactions, we find that both the fragmentation behavior and the ergodicity of the Krylov subspace can be significantly enriched. We also examine the role of atomic position disorders and identify a symmetry-selective many-body localization transition. We demonstrate that these phenomena manifest themselves in quench dynamics, which can be readily probed in state-of-the-art Rydberg array setups.</description>
      <guid isPermaLink="false">oai:arXiv.org:2403.13790v2</guid>
      <category>quant-ph</category>
      <category>cond-mat.quant-gas</category>
      <category>physics.atom-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>replace</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <arxiv:DOI>10.1103/PhysRevB.111.144313</arxiv:DOI>
      <arxiv:journal_reference>Phys. Rev. B 111, 144313 (2025)</arxiv:journal_reference>
      <dc:creator>Fan Yang, Hadi Yarloo, Hua-Chen Zhang, Klaus M{\o}lmer, Anne E. B. Nielsen</dc:creator>
    </item>
    <item>
      <title>A geometrical description of non-Hermitian dynamics: speed limits in finite rank density operators</title>
      <link>https://arxiv.org/abs/2405.13913</link>
      <description>arXiv:2405.13913v2 Announce Type: replace 
Abstract: Non-Hermitian dynamics in quantum systems preserves the rank of the state density operator. Using this insight, we develop a geometric framework to describe its time evolution. In particular, we identify mutually orthogonal coherent and incoherent directions and provide their physical interpretation. This understanding enables us to optimize the success rate of non-Hermitian driving along prescribed trajectories, with direct relevance to shortcuts to adiabaticity. Next, we explore the geometric interpretation of a speed limit for non-Hermitian Hamiltonians and analyze its tightness. We derive the explicit expression that saturates this bound and illustrate our results with a minimal example of a dissipative qubit.</description>
      <guid isPermaLink="false">oai:arXiv.org:2405.13913v2</guid>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>replace</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <dc:creator>Niklas H\"ornedal, Oskar A. Pro\'sniak, Adolfo del Campo, Aur\'elia Chenu</dc:creator>
    </item>
    <item>
      <title>Entanglement swapping in critical quantum spin chains</title>
      <link>https://arxiv.org/abs/2406.12377</link>
      <description>arXiv:2406.12377v2 Announce Type: replace 
Abstract: The transfer of quantum information between many-qubit states is a subject of fundamental importance in quantum science and technology. We consider entanglement swapping in critical quantum spin chains, where the entanglement between the two chains is induced solely by the Bell-state measurements. We employ a boundary conformal field theory (CFT) approach and describe the measurements as conformal boundary conditions in the replicated field theory. We show that the swapped entanglement exhibits a logarithmic scaling, whose coefficient takes a universal value determined by the scaling dimension of the boundary condition changing operator. We apply our framework to the critical spin-1/2 XXZ chain and determine the universal coefficient by the boundary CFT analysis. We also numerically verify these results by the tensor-network calculations. Possible experimental relevance to Rydberg atom arrays is briefly discussed.</description>
      <guid isPermaLink="false">oai:arXiv.org:2406.12377v2</guid>
      <category>quant-ph</category>
      <category>cond-mat.quant-gas</category>
      <category>cond-mat.stat-mech</category>
      <category>cond-mat.str-el</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>replace</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <arxiv:DOI>10.1103/PhysRevB.111.155143</arxiv:DOI>
      <arxiv:journal_reference>Physical Review B 111 (2025): 155143</arxiv:journal_reference>
      <dc:creator>Masahiro Hoshino, Masaki Oshikawa, Yuto Ashida</dc:creator>
    </item>
    <item>
      <title>Multipartite Greenberger-Horne-Zeilinger Entanglement in Monitored Random Clifford Circuits</title>
      <link>https://arxiv.org/abs/2407.03206</link>
      <description>arXiv:2407.03206v3 Announce Type: replace 
Abstract: We investigate $n$-partite Greenberger-Horne-Zeilinger ($\text{GHZ}_n$) entanglement in monitored random Clifford circuits and uncover a series of novel phase transitions and dynamical features. Random Clifford circuits are well-known for a measurement-induced transition between phases of volume-law and area-law (bipartite) entanglement. We numerically find that the volume-law phase is characterized by, approximately, a constant amount of $\text{GHZ}_3$ entanglement, despite the variations of system size and the rate of measurement. The area-law phase does not harbor such tripartite entanglement. A measurement-induced phase transition is also seen from $\text{GHZ}_3$ entanglement. Moreover, the amount of $\text{GHZ}_3$ entanglement generally does not change with the partitioning of the system, but abruptly drops to zero when a subsystem has more than half of the qubits, giving rise to a partitioning-induced phase transition. Dynamically, $\text{GHZ}_3$ entanglement does not grow gradually, as is typical for bipartite entanglement, but instead emerges suddenly through dynamical phase transitions (DPTs). Furthermore, in some situations we observe transient $\text{GHZ}_3$ entanglement that will suddenly disappear through another DPT. We also studied multipartite $\text{GHZ}_{n\geq 4}$ entanglement and find they emerge exclusively at the measurement-induced criticality, providing new insights into the long-range correlations of critical states.</description>
      <guid isPermaLink="false">oai:arXiv.org:2407.03206v3</guid>
      <category>quant-ph</category>
      <category>cond-mat.stat-mech</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>replace</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <dc:creator>Guanglei Xu, Yu-Xiang Zhang</dc:creator>
    </item>
    <item>
      <title>Exploring Quantum Contextuality with the Quantum Moebius-Escher-Penrose hypergraph</title>
      <link>https://arxiv.org/abs/2409.10179</link>
      <description>arXiv:2409.10179v2 Announce Type: replace 
Abstract: This paper presents the quantum Moebius-Escher-Penrose hypergraph, drawing inspiration from paradoxical constructs such as the Moebius strip and Penrose's `impossible objects'. The hypergraph is constructed using faithful orthogonal representations in Hilbert space, thereby embedding the graph within a quantum framework. Additionally, a quasi-classical realization is achieved through two-valued states and partition logic, leading to an embedding within a Boolean algebra. This dual representation delineates the distinctions between classical and quantum embeddings, with a particular focus on contextuality, highlighted by violations of exclusivity and completeness, quantified through classical and quantum probabilities. The study also examines violations of Boole's conditions of possible experience using correlation polytopes, underscoring the inherent contextuality of the hypergraph. These results offer deeper insights into quantum contextuality and its intricate relationship with classical logic structures.</description>
      <guid isPermaLink="false">oai:arXiv.org:2409.10179v2</guid>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>replace</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <arxiv:DOI>10.1103/PhysRevA.111.042209</arxiv:DOI>
      <arxiv:journal_reference>Physical Review A 111(4), 042209(8) (2025)</arxiv:journal_reference>
      <dc:creator>Mirko Navara, Karl Svozil</dc:creator>
    </item>
    <item>
      <title>Speeding up Quantum Annealing with Engineered Dephasing</title>
      <link>https://arxiv.org/abs/2409.15900</link>
      <description>arXiv:2409.15900v4 Announce Type: replace 
Abstract: Building on the insight that engineered noise, specifically, engineered dephasing can enhance the adiabaticity of controlled quantum dynamics, we investigate how a dephasing-generating coupling to an auxiliary quantum system affects quantum annealing protocols. By calculating the exact reduced system dynamics, we show how this coupling enhances the system's adiabaticity solely through a coherent mechanism - an effective energy rescaling. We show that it can lead to an annealing speedup linearly proportional to the strength of the coupling. We discuss the experimental feasibility of the protocols, and investigate the trade-off between fidelity and implementability by examining two modified versions with fewer types of required physical couplings.</description>
      <guid isPermaLink="false">oai:arXiv.org:2409.15900v4</guid>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>replace</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <dc:creator>Mykolas Sveistrys, Josias Langbehn, Rapha\"el Menu, Steve Campbell, Giovanna Morigi, Christiane P. Koch</dc:creator>
    </item>
    <item>
      <title>Robustness of WDM technique for the co-propagation of quantum with classical signals in an optical fiber</title>
      <link>https://arxiv.org/abs/2411.16942</link>
      <description>arXiv:2411.16942v2 Announce Type: replace 
Abstract: Many quantum communication systems operate based on weak light pulses which by design are assumed to operate in isolation from regular data traffic. With the widespread availability and commercialization of these systems comes a need for seamless integration already at the physical layer. In particular for optical fiber links where wavelength division multiplexing (WDM) is the dominant data transmission technique this results in the propagation of very weak quantum signals against a strong data signal background. With this work, we present a novel theoretical approach that studies the evolution of co-propagating quantum and classical signals that are launched using WDM. The important factors that contribute to crosstalk, such as the launch power of the classical signal and the separation between the two signals in terms of wavelength, are comprehensively analyzed. Interestingly, calculations show that only the first two nearest channels from the classical channel experience noticeable crosstalk whereas other distant channels have negligible crosstalk effect. This reflects the WDM technique is in principle robust in the integration of weak quantum links into classical data traffic.</description>
      <guid isPermaLink="false">oai:arXiv.org:2411.16942v2</guid>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>replace</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <dc:creator>Sumit Chaudhary, Shahram Dehdashti, Igor Litvin, Janis N\"otzel</dc:creator>
    </item>
    <item>
      <title>A Trade-Off Between Path Entanglement and Quantum Sensitivity</title>
      <link>https://arxiv.org/abs/2411.18832</link>
      <description>arXiv:2411.18832v3 Announce Type: replace 
Abstract: Entanglement often increases quantum measurement schemes' sensitivity. However, we find that in precision measurements with zero-mean Gaussian states, such as squeezed states, entanglement between different paths degrades measurement sensitivity. We prove an inverse relationship between entanglement entropy and sensitivity for measurements of single-mode phase shifts in multimode systems and for phase shifts on both modes in two-mode systems. In the two-mode case, which models devices such as interferometers, we find that entanglement strongly degrades differential phase sensitivity. Finally, we show that minimizing entanglement between paths maximizes the phase sensitivity of $N$-mode systems with zero-mean Gaussian state inputs.</description>
      <guid isPermaLink="false">oai:arXiv.org:2411.18832v3</guid>
      <category>quant-ph</category>
      <category>physics.atom-ph</category>
      <category>physics.optics</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>replace</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by-nc-nd/4.0/</dc:rights>
      <dc:creator>Benjamin Lou, Hudson A. Loughlin, Nergis Mavalvala</dc:creator>
    </item>
    <item>
      <title>Superradiant phase transitions in the quantum Rabi model: Overcoming the no-go theorem through anisotropy</title>
      <link>https://arxiv.org/abs/2412.08305</link>
      <description>arXiv:2412.08305v2 Announce Type: replace 
Abstract: Although the superradiant phase transition (SRPT) is prohibited in the paradigmatic quantum Rabi model due to the no-go theorem caused by the $\mathbf{A}^2$ term, we demonstrate two distinct types of SRPTs emerging from the normal phase in the anisotropic quantum Rabi model. A discontinuous phase transition between the two types of superradiant phases also emerges in the presence of a strong $\mathbf{A}^2$ term. Additionally, a rich phase diagram featuring a triple point, which connects first- and second-order phase transitions, is derived analytically and confirmed through numerical diagonalization at large effective system sizes. Finally, distinct critical behavior at the triple point is revealed and contrasted with that of a single continuous SRPT. This work may open a new avenue for observing SRPTs in their intrinsic form without altering the $\mathbf{A}^2$ term, while also offering a practical platform for exploring rich quantum phenomena.</description>
      <guid isPermaLink="false">oai:arXiv.org:2412.08305v2</guid>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>replace</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <arxiv:DOI>10.1103/PhysRevA.111.043716</arxiv:DOI>
      <arxiv:journal_reference>Phys. Rev. A111, 043716(2025)</arxiv:journal_reference>
      <dc:creator>Tian Ye, Yan-Zhi Wang, Xiang-You Chen, Qing-Hu Chen, Hai-Qing Lin</dc:creator>
    </item>
    <item>
      <title>Recurrence Criteria for Reducible Homogeneous Open Quantum Walks on the Line</title>
      <link>https://arxiv.org/abs/2501.01249</link>
      <description>arXiv:2501.01249v2 Announce Type: replace 
Abstract: In this paper, we study the recurrence of homogeneous Open Quantum Walks (HOQWs) induced by finite-dimensional coins $(L,B,R)$. We present three distinct recurrence criteria, each adapted to different types of coins. The first criterion applies to coins whose auxiliary map has a unique invariant state, resulting in the first recurrence criterion for Lazy HOQWs. The second one applies to Lazy HOQWs of dimension 2, where we provide a complete characterization of the recurrence for this low-dimensional case. Finally, we present a general criterion for finite-dimensional coins in the non-lazy case $(B=0)$, which generalizes many of the previously known results. This new criterion holds for irreducible and reducible HOQWs.</description>
      <guid isPermaLink="false">oai:arXiv.org:2501.01249v2</guid>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>replace</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by-nc-sa/4.0/</dc:rights>
      <dc:creator>Newton Loebens</dc:creator>
    </item>
    <item>
      <title>Impossibility of Quantum Private Queries</title>
      <link>https://arxiv.org/abs/2501.12842</link>
      <description>arXiv:2501.12842v3 Announce Type: replace 
Abstract: Symmetric private information retrieval is a cryptographic task allowing a user to query a database and obtain exactly one entry without revealing to the owner of the database which element was accessed. The task is a variant of general two-party protocols called one-sided secure function evaluation and is closely related to oblivious transfer. Under the name quantum private queries, quantum protocols have been proposed to solve this problem in a cheat-sensitive way: In such protocols, it is not impossible for dishonest participants to cheat, but they risk detection [V. Giovannetti, S. Lloyd, and L. Maccone, Phys. Rev. Lett. 100, 230502 (2008)]. We give an explicit attack against any cheat-sensitive symmetric private information retrieval protocol, showing that any protocol that is secure for the user cannot have non-trivial security guarantees for the owner of the database.</description>
      <guid isPermaLink="false">oai:arXiv.org:2501.12842v3</guid>
      <category>quant-ph</category>
      <category>cs.CR</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>replace</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <dc:creator>Esther H\"anggi, Severin Winkler</dc:creator>
    </item>
    <item>
      <title>Unraveling quantum phase estimation: exploring the impact of multi-photon interference on the quantum Fisher information</title>
      <link>https://arxiv.org/abs/2501.12945</link>
      <description>arXiv:2501.12945v2 Announce Type: replace 
Abstract: Quantum interference is known to become extinct with distinguishing information, as illustrated by the ubiquitous double-slit experiment or the two-photon HOM effect. In the former case single particle interference is destroyed with which-path information while in the latter bunching interference tails-off as photons become distinguishable. It has been observed that when more than two particles are involved, these interference patterns are in general a non monotonic function of the distinguishability. Here we perform a comprehensive characterization, both theoretically and experimentally, of four-photon interference by analyzing the corresponding correlation functions, contemplating several degrees of distinguishability across different parameters. This study provides all the necessary tools to quantify the impact of multi-photon interference on precision measurements of parameters such as phase, frequency, and time difference. We apply these insights to quantify the precision in the estimation of an interferometric phase in a two-port interferometer using a four-photon state. Our results reveal that, for certain phase values, partially distinguishable multi-photon states can achieve higher Fisher information values compared to the two-photon experiment. These findings highlight the potential of distinguishable multi-photon states for enhanced precision in quantum metrology and related applications.</description>
      <guid isPermaLink="false">oai:arXiv.org:2501.12945v2</guid>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>replace</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <arxiv:DOI>10.1088/2058-9565/add04d</arxiv:DOI>
      <dc:creator>Annameng Ma, Agustina G. Magnoni, Miguel A. Larotonda, Laura T. Knoll</dc:creator>
    </item>
    <item>
      <title>Quantum Speed Limit and Quantum Thermodynamic Uncertainty Relation under Feedback Control</title>
      <link>https://arxiv.org/abs/2502.09081</link>
      <description>arXiv:2502.09081v2 Announce Type: replace 
Abstract: Quantum feedback control is a technique for controlling quantum dynamics by applying control inputs to the quantum system based on the results of measurements performed on the system. It is an important technique from both an applied and a fundamental theoretical point of view. There are two fundamental inequalities that describe trade-off relations in quantum mechanics, namely, the quantum speed limit and the quantum thermodynamic uncertainty relation. They characterize the operational limit of non-equilibrium quantum systems, making them essential for controlling such systems. Therefore, it is meaningful to formulate these trade-off relations within the framework of quantum feedback control. In this paper, we derive these inequalities based on the continuous matrix product state method. Additionally, we analytically derive the exact form of quantum dynamical activity under feedback control, which serves as the cost term in these inequalities. Specifically, we focus on the cases of Markovian feedback, i.e., the direct feedback of continuous measurement results. Our numerical analysis reveals that the presence of feedback control can improve the quantum speed limit time and the quality of continuous measurements. Furthermore, the relationship with quantum error correction, an important application of quantum feedback control, is discussed using numerical simulations. Thus, our work clarifies how feedback control affects these important trade-off relationships in quantum mechanics.</description>
      <guid isPermaLink="false">oai:arXiv.org:2502.09081v2</guid>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>replace</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <dc:creator>Hayato Yunoki, Yoshihiko Hasegawa</dc:creator>
    </item>
    <item>
      <title>Low crosstalk modular flip-chip architecture for coupled superconducting qubits</title>
      <link>https://arxiv.org/abs/2502.19927</link>
      <description>arXiv:2502.19927v2 Announce Type: replace 
Abstract: We present a flip-chip architecture for an array of coupled superconducting qubits, in which circuit components reside inside individual microwave enclosures. In contrast to other flip-chip approaches, the qubit chips in our architecture are electrically floating, which guarantees a simple, fully modular assembly of capacitively coupled circuit components such as qubit, control, and coupling structures, as well as reduced crosstalk between the components. We validate the concept with a chain of three nearest neighbor coupled generalized flux qubits in which the center qubit acts as a frequency-tunable coupler. Using this coupler, we demonstrate a transverse coupling on/off ratio $\approx$ 50, zz-crosstalk $\approx$ 0.7 kHz between resonant qubits and isolation between the qubit enclosures &gt; 60 dB.</description>
      <guid isPermaLink="false">oai:arXiv.org:2502.19927v2</guid>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>replace</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by-nc-sa/4.0/</dc:rights>
      <arxiv:DOI>10.1063/5.0245667</arxiv:DOI>
      <arxiv:journal_reference>Appl. Phys. Lett. 126, 134003 (2025)</arxiv:journal_reference>
      <dc:creator>Soeren Ihssen, Simon Geisert, Gabriel Jauma, Patrick Winkel, Martin Spiecker, Nicolas Zapata, Nicolas Gosling, Patrick Paluch, Manuel Pino, Thomas Reisinger, Wolfgang Wernsdorfer, Juan Jose Garcia-Ripoll, Ioan M. Pop</dc:creator>
    </item>
    <item>
      <title>Tensor Cross Interpolation of Purities in Quantum Many-Body Systems</title>
      <link>https://arxiv.org/abs/2503.17230</link>
      <description>arXiv:2503.17230v2 Announce Type: replace 
Abstract: A defining feature of quantum many-body systems is the exponential scaling of the Hilbert space with the number of degrees of freedom. This exponential complexity na\"ively renders a complete state characterization, for instance via the complete set of bipartite Renyi entropies for all disjoint regions, a challenging task. Recently, a compact way of storing subregions' purities by encoding them as amplitudes of a fictitious quantum wave function, known as entanglement feature, was proposed. Notably, the entanglement feature can be a simple object even for highly entangled quantum states. However the complexity and practical usage of the entanglement feature for general quantum states has not been explored. In this work, we demonstrate that the entanglement feature can be efficiently learned using only a polynomial amount of samples in the number of degrees of freedom through the so-called tensor cross interpolation (TCI) algorithm, assuming it is expressible as a finite bond dimension MPS. We benchmark this learning process on Haar and random MPS states, confirming analytic expectations. Applying the TCI algorithm to quantum eigenstates of various one dimensional quantum systems, we identify cases where eigenstates have entanglement feature learnable with TCI. We conclude with possible applications of the learned entanglement feature, such as quantifying the distance between different entanglement patterns and finding the optimal one-dimensional ordering of physical indices in a given state, highlighting the potential utility of the proposed purity interpolation method.</description>
      <guid isPermaLink="false">oai:arXiv.org:2503.17230v2</guid>
      <category>quant-ph</category>
      <category>cond-mat.dis-nn</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>replace</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <dc:creator>Dmytro Kolisnyk, Raimel A. Medina, Romain Vasseur, Maksym Serbyn</dc:creator>
    </item>
    <item>
      <title>A Scalable Synthesis Algorithm for Reversible Functions</title>
      <link>https://arxiv.org/abs/2504.02632</link>
      <description>arXiv:2504.02632v2 Announce Type: replace 
Abstract: Reversible computation is an emerging technology that has gained significant attention due to its critical role in quantum circuit synthesis and low-power design. This paper introduces a transformation-based method for exact synthesis of reversible circuits. The proposed approach utilizes a novel adaptation of the Quine-McCluskey algorithm to eliminate input-output discrepancies in the truth table, transforming the permutation matrix into an identity matrix. Furthermore, a novel search space reduction technique is presented which, combined with the primary method, enables the synthesis algorithm to handle high-input reversible functions. This approach combines the influence of multiple control qubits on a target qubit, evaluating their collective impact. This aggregation can decrease the control qubit count within quantum gates. Consequently, it proves beneficial for applications like surface code error correction architectures as well as current Noisy Intermediate-Scale Quantum (NISQ) hardwares. Experimental results demonstrate significant improvements over the state-of-the-art exact synthesis methods, achieving up to 99% improvements in terms of the number of levels of T-gates.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.02632v2</guid>
      <category>quant-ph</category>
      <category>cs.ET</category>
      <category>cs.PF</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>replace</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <dc:creator>Moein Sarvaghad-Moghaddam, Morteza Saheb Zamani, Mehdi Sedighi</dc:creator>
    </item>
    <item>
      <title>Quantum error correction via multi-particle discrete-time quantum walk</title>
      <link>https://arxiv.org/abs/2504.07941</link>
      <description>arXiv:2504.07941v2 Announce Type: replace 
Abstract: We propose a scheme of quantum error correction that employs a multi-particle quantum walk defined on nested squares, each hosting a single particle. In this model, each particle moves within its own distinct square through iterations of three discrete-time steps. First, a particle updates its two-level internal coin state. Next, it either moves to an adjacent vertex or stays put, depending on the outcome. Finally, it interacts with another particle if these particles arrive at the nearest-neighbor vertices of the two adjacent squares, acquiring a phase factor of $-1$. Because a single particle represents a three-qubit state through its position and coin state, Shor's nine-qubit code is implemented using only three particles, with two additional particles for syndrome measurement. Furthermore, by exploiting gauge symmetry, our scheme achieves redundant encoding, error correction, and arbitrary operations on the encoded information using only nearest-neighbor interactions.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.07941v2</guid>
      <category>quant-ph</category>
      <category>cond-mat.stat-mech</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>replace</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <dc:creator>Ryo Asaka, Ryusei Minamikawa</dc:creator>
    </item>
    <item>
      <title>Liouvillean Spectral Transition in Noisy Quantum Many-Body Scars</title>
      <link>https://arxiv.org/abs/2504.12291</link>
      <description>arXiv:2504.12291v2 Announce Type: replace 
Abstract: Understanding the behavior of quantum many-body systems under decoherence is essential for developing robust quantum technologies. Here, we examine the fate of weak ergodicity breaking in systems hosting quantum many-body scars when subject to local pure dephasing -- an experimentally relevant form of environmental noise. Focusing on a large class of models with an approximate su(2)-structured scar subspace, we show that scarred eigenmodes of the Liouvillean exhibit a transition reminiscent of spontaneous $\mathbb{PT}$-symmetry breaking as the dephasing strength increases. Unlike previously studied non-Hermitian mechanisms, this transition arises from a distinct quantum jump effect. Remarkably, in platforms such as the XY spin ladder and PXP model of Rydberg atom arrays, the critical dephasing rate shows only weak dependence on the system size, revealing an unexpected robustness of scarred dynamics in noisy environments.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.12291v2</guid>
      <category>quant-ph</category>
      <category>cond-mat.stat-mech</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>replace</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <dc:creator>Jin-Lou Ma, Zexian Guo, Yu Gao, Zlatko Papi\'c, Lei Ying</dc:creator>
    </item>
    <item>
      <title>Lyapunov Dynamics in Entangled Biphoton Spectroscopy</title>
      <link>https://arxiv.org/abs/2504.14086</link>
      <description>arXiv:2504.14086v2 Announce Type: replace 
Abstract: We develop a Lyapunov-based framework to model the evolution of entangled biphotons interacting with cavity and material modes. Using Gaussian-preserving dynamics and M{\o}ller operators, we map input joint spectral amplitudes to experimentally measurable joint spectral intensities. Our model reproduces key features of observed spectra and reveals off-diagonal correlations arising from cavity decay, providing a scalable and tractable tool for quantum spectroscopic analysis.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.14086v2</guid>
      <category>quant-ph</category>
      <category>physics.chem-ph</category>
      <category>physics.optics</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>replace</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <dc:creator>Sameer Dambal, Ajay Ram Srimath Kandada, Eric R. Bittner</dc:creator>
    </item>
    <item>
      <title>Application of an upsampling algorithm to quantum state preparation of continuous and discrete probability distributions</title>
      <link>https://arxiv.org/abs/2504.14349</link>
      <description>arXiv:2504.14349v2 Announce Type: replace 
Abstract: Upsampling of time series data is often associated with classical fast Fourier transform analysis, but it also can be employed in the preparation of a quantum state vector. The quantum circuit of preparation derived from functional data sampled in this way exhibits exponential gate depth, like other divide-and-conquer algorithms, but is transformable to an equivalent circuit of polylogarithmic gate depth. In this study, we derive a polylogarthmic upsampling algorithm for construction of a state vector with amplitudes that are square roots of probabilities sampled from a continuous probability distribution having support over the entire real line. As examples, we prepare state vectors associated with Gaussian and Laplace distributions; state vectors for other continuous probability distributions such as Cauchy and Student's t follow in a similar manner. We also extend the algorithm to include preparation of a state vector whose amplitudes are square roots of an arbitrary distribution of discrete probabilities. Our analyses focus on univariate distributions, but can be extended to multivariate forms. The polylogarithmic upsampling algorithm has financial and scientific application.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.14349v2</guid>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>replace</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <dc:creator>R. P. Erickson</dc:creator>
    </item>
    <item>
      <title>Topological defect formation in a phase transition with tunable order</title>
      <link>https://arxiv.org/abs/2312.01259</link>
      <description>arXiv:2312.01259v3 Announce Type: replace-cross 
Abstract: The Kibble-Zurek mechanism (KZM) describes the non-equilibrium dynamics and topological defect formation in systems undergoing second-order phase transitions. KZM has found applications in fields such as cosmology and condensed matter physics. However, it is generally not suitable for describing first-order phase transitions. It has been demonstrated that transitions in systems like superconductors or charged superfluids, typically classified as second-order, can exhibit weakly first-order characteristics when the influence of fluctuations is taken into account. Moreover, the order of the phase transition (i.e., the extent to which it becomes first rather than second order) can be tuned. We explore quench-induced formation of topological defects in such tunable phase transitions and propose that their density can be predicted by combining KZM with nucleation theory.</description>
      <guid isPermaLink="false">oai:arXiv.org:2312.01259v3</guid>
      <category>cond-mat.stat-mech</category>
      <category>gr-qc</category>
      <category>hep-ph</category>
      <category>hep-th</category>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>replace-cross</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <arxiv:DOI>10.1103/PhysRevLett.132.241601</arxiv:DOI>
      <arxiv:journal_reference>Phys. Rev. Lett. 132, 241601 (2024)</arxiv:journal_reference>
      <dc:creator>Fumika Suzuki, Wojciech H. Zurek</dc:creator>
    </item>
    <item>
      <title>Tensor Networks for Explainable Machine Learning in Cybersecurity</title>
      <link>https://arxiv.org/abs/2401.00867</link>
      <description>arXiv:2401.00867v4 Announce Type: replace-cross 
Abstract: In this paper we show how tensor networks help in developing explainability of machine learning algorithms. Specifically, we develop an unsupervised clustering algorithm based on Matrix Product States (MPS) and apply it in the context of a real use-case of adversary-generated threat intelligence. Our investigation proves that MPS rival traditional deep learning models such as autoencoders and GANs in terms of performance, while providing much richer model interpretability. Our approach naturally facilitates the extraction of feature-wise probabilities, Von Neumann Entropy, and mutual information, offering a compelling narrative for classification of anomalies and fostering an unprecedented level of transparency and interpretability, something fundamental to understand the rationale behind artificial intelligence decisions.</description>
      <guid isPermaLink="false">oai:arXiv.org:2401.00867v4</guid>
      <category>cs.LG</category>
      <category>cs.AI</category>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>replace-cross</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <arxiv:DOI>10.1016/j.neucom.2025.130211</arxiv:DOI>
      <arxiv:journal_reference>Neurocomputing, Volume 639, 28 July 2025, Article 130211</arxiv:journal_reference>
      <dc:creator>Borja Aizpurua, Samuel Palmer, Roman Orus</dc:creator>
    </item>
    <item>
      <title>Backaction suppression in levitated optomechanics using reflective boundaries</title>
      <link>https://arxiv.org/abs/2405.04366</link>
      <description>arXiv:2405.04366v2 Announce Type: replace-cross 
Abstract: We show theoretically that the noise due to laser induced backaction acting on a small nanosphere levitated in a standing-wave trap can be considerably reduced by utilising a suitable reflective boundary. We examine the spherical mirror geometry as a case study of this backaction suppression effect, discussing the theoretical and experimental constraints. We study the effects of laser recoil directly, by analysing optical force fluctuations acting on a dipolar particle trapped at the centre of a spherical mirror. We also compute the corresponding measurement imprecision in an interferometric, shot-noise-limited position measurement, using the formalism of Fisher information flow. Our results show that the standing-wave trapping field is necessary for backaction suppression in three dimensions, and they satisfy the Heisenberg limit of detection.</description>
      <guid isPermaLink="false">oai:arXiv.org:2405.04366v2</guid>
      <category>physics.optics</category>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>replace-cross</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <arxiv:DOI>10.1103/PhysRevResearch.7.023041</arxiv:DOI>
      <dc:creator>Rafa{\l} Gajewski, James Bateman</dc:creator>
    </item>
    <item>
      <title>Bipartite Fluctuations and Charge Fractionalization in Quantum Wires</title>
      <link>https://arxiv.org/abs/2501.14410</link>
      <description>arXiv:2501.14410v2 Announce Type: replace-cross 
Abstract: We introduce a quantum information method for measuring fractional charges in ballistic quantum wires generalizing bipartite fluctuations to the chiral quasiparticles in Luttinger liquids. This is equivalent to add charge and current fluctuations in a region of the wire. This reveals from an equilibrium approach the entangled nature of the two counter-propagating fractional charges associated to the same electron in the system. Bipartite fluctuations at equilibrium are characterized through a logarithmic scaling with distance encoding the entangled nature of these fractional charges in one-dimensional (1D) fluids. This approach also clarifies the physical meaning of the dephasing factor of electronic interferences in a ring geometry at zero temperature from a space-time correspondence in 1D. We formulate an analogy towards ground-state energetics. We show how bipartite current fluctuations represent a useful tool to locate quantum phase transitions associated to Mott physics. We address a spin chain equivalence and verify the fractional charges through an algorithm such as Density Matrix Renormalization Group. Adding a potential difference between the two sides (parties) of the wire, also we show how bipartite fluctuations can detect the presence of a bound state localized at the interface through the Jackiw-Rebbi model coexisting with fractional charges.</description>
      <guid isPermaLink="false">oai:arXiv.org:2501.14410v2</guid>
      <category>cond-mat.mes-hall</category>
      <category>cond-mat.str-el</category>
      <category>hep-th</category>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>replace-cross</arxiv:announce_type>
      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>
      <dc:creator>Magali Korolev, Karyn Le Hur</dc:creator>
    </item>
    <item>
      <title>Phonon thermal Hall as a lattice Aharonov-Bohm effect</title>
      <link>https://arxiv.org/abs/2502.18236</link>
      <description>arXiv:2502.18236v2 Announce Type: replace-cross 
Abstract: In a growing list of insulators, experiments find a misalignment between the heat flux and the thermal gradient vectors induced by magnetic field. This phenomenon, known as the phonon thermal Hall effect, implies energy flow without entropy production along the orientation perpendicular to the temperature gradient. Experiments find that the thermal Hall angle is maximal at the temperature at which the longitudinal thermal conductivity peaks. At this temperature, $T_{max}$, Normal phonon-phonon collisions (which do not produce entropy) dominate Umklapp and boundary scattering events (which do). In the presence of a magnetic field, Born-Oppenheimer approximated molecular wave functions are known to acquire a geometric [Berry] phase. Its origin is the difference in the spatial distributions of the positive charge of the nuclei and the negative charge of the electron cloud. The magnetic flux is negligible for the point-like nuclei, but not for the electron cloud. Therefore, the molecular wave-function becomes a complex number in the presence of the magnetic field. In a crystal, this implies a complex amplitude for transverse acoustic phonons, modifying three-phonon interference patterns, and twisting the quasi-momentum of the outgoing phonon. The rough amplitude of the thermal Hall angle expected in this picture is set by the wavelength, $\lambda_{ph}$, and the crest displacement amplitude, $u_m$, of transverse acoustic phonons at $T_{max}$. The derived expression is surprisingly close to what has been experimentally found in black phosphorus, germanium and silicon.</description>
      <guid isPermaLink="false">oai:arXiv.org:2502.18236v2</guid>
      <category>cond-mat.mes-hall</category>
      <category>cond-mat.mtrl-sci</category>
      <category>cond-mat.quant-gas</category>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>replace-cross</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <dc:creator>Kamran Behnia</dc:creator>
    </item>
    <item>
      <title>Efficient Truncations of SU($N_c$) Lattice Gauge Theory for Quantum Simulation</title>
      <link>https://arxiv.org/abs/2503.11888</link>
      <description>arXiv:2503.11888v2 Announce Type: replace-cross 
Abstract: Quantum simulations of lattice gauge theories offer the potential to directly study the non-perturbative dynamics of quantum chromodynamics, but naive analyses suggest that they require large computational resources. Large $N_c$ expansions are performed to order 1/$N_c$ to simplify the Hamiltonian of pure SU($N_c$) lattice gauge theories. A reformulation of the electric basis is introduced with a truncation strategy based on the construction of local Krylov subspaces with plaquette operators. Numerical simulations show that these truncated Hamiltonians are consistent with traditional lattice calculations at relatively small couplings. It is shown that the computational resources required for quantum simulation of time evolution generated by these Hamiltonians is 17-19 orders of magnitude smaller than previous approaches.</description>
      <guid isPermaLink="false">oai:arXiv.org:2503.11888v2</guid>
      <category>hep-lat</category>
      <category>hep-ph</category>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>replace-cross</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <dc:creator>Anthony N. Ciavarella, I. M. Burbano, Christian W. Bauer</dc:creator>
    </item>
    <item>
      <title>Quantum Information meets High-Energy Physics: Input to the update of the European Strategy for Particle Physics</title>
      <link>https://arxiv.org/abs/2504.00086</link>
      <description>arXiv:2504.00086v2 Announce Type: replace-cross 
Abstract: Some of the most astonishing and prominent properties of Quantum Mechanics, such as entanglement and Bell nonlocality, have only been studied extensively in dedicated low-energy laboratory setups. The feasibility of these studies in the high-energy regime explored by particle colliders was only recently shown, and has gathered the attention of the scientific community. For the range of particles and fundamental interactions involved, particle colliders provide a novel environment where quantum information theory can be probed, with energies exceeding by about 12 orders of magnitude those employed in dedicated laboratory setups. Furthermore, collider detectors have inherent advantages in performing certain quantum information measurements, and allow for the reconstruction of the state of the system under consideration via quantum state tomography. Here, we elaborate on the potential, challenges, and goals of this innovative and rapidly evolving line of research, and discuss its expected impact on both quantum information theory and high-energy physics.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.00086v2</guid>
      <category>hep-ph</category>
      <category>hep-ex</category>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>replace-cross</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <dc:creator>Yoav Afik, Federica Fabbri, Matthew Low, Luca Marzola, Juan Antonio Aguilar-Saavedra, Mohammad Mahdi Altakach, Nedaa Alexandra Asbah, Yang Bai, Hannah Banks, Alan J. Barr, Alexander Bernal, Thomas E. Browder, Pawe{\l} Caban, J. Alberto Casas, Kun Cheng, Fr\'ed\'eric D\'eliot, Regina Demina, Antonio Di Domenico, Micha{\l} Eckstein, Marco Fabbrichesi, Benjamin Fuks, Emidio Gabrielli, Dorival Gon\c{c}alves, Rados{\l}aw Grabarczyk, Michele Grossi, Tao Han, Timothy J. Hobbs, Pawe{\l} Horodecki, James Howarth, Shih-Chieh Hsu, Stephen Jiggins, Eleanor Jones, Andreas W. Jung, Andrea Helen Knue, Steffen Korn, Theodota Lagouri, Priyanka Lamba, Gabriel T. Landi, Haifeng Li, Qiang Li, Ian Low, Fabio Maltoni, Josh McFayden, Navin McGinnis, Roberto A. Morales, Jes\'us M. Moreno, Juan Ram\'on Mu\~noz de Nova, Giulia Negro, Davide Pagani, Giovanni Pelliccioli, Michele Pinamonti, Laura Pintucci, Baptiste Ravina, Alim Ruzi, Kazuki Sakurai, Ethan Simpson, Maximiliano Sioli, Shufang Su, Sokratis Trifinopoulos, Sven E. Vahsen, Sofia Vallecorsa, Alessandro Vicini, Marcel Vos, Eleni Vryonidou, Chris D. White, Martin J. White, Andrew J. Wildridge, Tong Arthur Wu, Laura Zani, Yulei Zhang, Knut Zoch</dc:creator>
    </item>
    <item>
      <title>Average Spread Complexity and the Higher-Order Level Spacing</title>
      <link>https://arxiv.org/abs/2504.14362</link>
      <description>arXiv:2504.14362v2 Announce Type: replace-cross 
Abstract: We investigate the spread complexity of a generic two-level subsystem of a larger system to analyze the influence of energy level statistics, comparing chaotic and integrable systems. Initially focusing on the nearest-neighbor level spacing, we observe the characteristic slope-dip-ramp-plateau structure. Further investigation reveals that certain matrix models exhibit additional iterative peaks, motivating us to generalize the known spacing distributions to higher-order level spacings. While this structure persists in chaotic systems, we find that integrable systems can also display similar features, highlighting limitations in using complexity as a universal diagnostic of quantum chaos.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.14362v2</guid>
      <category>hep-th</category>
      <category>cond-mat.stat-mech</category>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>replace-cross</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/publicdomain/zero/1.0/</dc:rights>
      <dc:creator>Amin Faraji Astaneh, Niloofar Vardian</dc:creator>
    </item>
    <item>
      <title>Complex tridiagonal quantum Hamiltonians and matrix continued fractions</title>
      <link>https://arxiv.org/abs/2504.16424</link>
      <description>arXiv:2504.16424v2 Announce Type: replace-cross 
Abstract: Quantum resonances described by non-Hermitian tridiagonal-matrix Hamiltonians $H$ with complex energy eigenvalues are considered. The method of evaluation of quantities $\sigma_n$ known as the singular values of $H$ is proposed. Its basic idea is that the quantities $\sigma_n$ can be treated as eigenvalues of an auxiliary self-adjoint operator $\mathbb{H}$. As long as such an operator can be given a block-tridiagonal matrix form, we finally expand its resolvent in terms of a matrix continued fraction (MCF). In an illustrative application, a discrete version of conventional Hamiltonian $H=-d^2/dx^2+V(x)$ with complex local $V(x) \neq V^*(x)$ is considered. The numerical MCF convergence is found quick, supported also by a fixed-point-based formal proof.</description>
      <guid isPermaLink="false">oai:arXiv.org:2504.16424v2</guid>
      <category>math-ph</category>
      <category>math.MP</category>
      <category>quant-ph</category>
      <pubDate>Mon, 28 Apr 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>replace-cross</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <dc:creator>Miloslav Znojil</dc:creator>
    </item>
  </channel>
</rss>
"""#),
    ]
}
