# oracle: seed 252, closed, raises RuntimeError at line 11
import torch
import torch.nn as nn
from torch.nn import GRU, LSTM

embed_0 = nn.Embedding(28, 6)
drop_0 = nn.Dropout(p=0.5)
rnn_0 = GRU(12, 6, batch_first=True)
tokens_0 = torch.randint(0, 28, (3, 2))
emb_0 = drop_0(embed_0(tokens_0))
out_0, h_0 = rnn_0(emb_0)
scores_0 = nn.Linear(6, 28)(out_0)

lstm_1 = LSTM(3, 3, 1)
out_1, (h_1, c_1) = lstm_1(torch.randn(4, 2, 3))
r_1_0 = out_1.chunk(2, dim=-1)[0]
r_1_1 = out_1.shape[0]
r_1_2 = out_1.contiguous().view(4, 2, 3)
