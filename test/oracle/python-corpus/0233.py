# oracle: seed 233, closed, runs cleanly
import torch
from torch import nn

embed_0 = nn.Embedding(27, 4)
drop_0 = nn.Dropout(p=0.5)
rnn_0 = nn.GRU(4, 6, batch_first=True)
tokens_0 = torch.tensor([[1, 2, 3], [4, 5, 26]])
emb_0 = drop_0(embed_0(tokens_0))
out_0, h_0 = rnn_0(emb_0)
scores_0 = nn.Linear(6, 27)(out_0)
