# oracle: seed 300, closed, raises RuntimeError at line 11
import torch
import torch.nn as nn
from torch.nn import GRU

embed_0 = nn.Embedding(22, 3)
drop_0 = nn.Dropout()
rnn_0 = GRU(5, 8, batch_first=True)
tokens_0 = torch.tensor([[1, 2, 3], [4, 5, 21]])
emb_0 = drop_0(embed_0(tokens_0))
out_0, h_0 = rnn_0(emb_0)
scores_0 = nn.Linear(8, 22)(out_0)
