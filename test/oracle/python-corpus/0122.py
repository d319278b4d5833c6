# oracle: seed 122, closed, raises RuntimeError at line 12
import torch
import torch.nn as nn
from torch.nn import LSTM, RNNCell

embed_0 = nn.Embedding(20, 7, padding_idx=0)
drop_0 = nn.Dropout(0.1)
rnn_0 = LSTM(7, 4, batch_first=True)
tokens_0 = torch.tensor([[1, 2, 3], [4, 5, 19]])
emb_0 = drop_0(embed_0(tokens_0))
out_0, (h_0, c_0) = rnn_0(emb_0)
scores_0 = nn.Linear(6, 20)(out_0)

cell_1 = RNNCell(7, 7, bias=False)
xs_1 = torch.randn(5, 1, 8)
h_1 = torch.zeros(2, 7)
outputs_1 = []
for t in range(5):
    h_1 = cell_1(xs_1[t], h_1)
    outputs_1.append(h_1)
seq_1 = torch.stack(outputs_1, dim=0)
