# oracle: seed 99, closed, raises RuntimeError at line 10
import torch
from torch import nn

rnn_0 = nn.LSTM(input_size=8, hidden_size=2, batch_first=True)
x_0 = torch.rand([2, 4, 8])
batch_0 = x_0.size(1)
h0_0 = torch.zeros(1, batch_0, 2)
c0_0 = torch.zeros(1, batch_0, 2)
out_0, (hn_0, cn_0) = rnn_0(x_0, (h0_0, c0_0))

embed_1 = nn.Embedding(17, 7, padding_idx=0)
drop_1 = nn.Dropout()
rnn_1 = nn.LSTM(8, 8, batch_first=True)
tokens_1 = torch.tensor([[1, 2, 3], [4, 5, 16]])
emb_1 = drop_1(embed_1(tokens_1))
out_1, (h_1, c_1) = rnn_1(emb_1)
scores_1 = nn.Linear(8, 17)(out_1)

cell_2 = nn.LSTMCell(4, 8)
xs_2 = torch.randn(5, 1, 4)
h_2 = torch.zeros(1, 8)
c_2 = torch.zeros(1, 8)
outputs_2 = []
for t in range(len(xs_2)):
    if t % 2 == 1:
        continue
    h_2, c_2 = cell_2(xs_2[t], (h_2, c_2))
    outputs_2.append(h_2)
seq_2 = torch.stack(outputs_2, dim=0)
