# oracle: seed 5, closed, raises IndexError at line 31
import torch
import torch.nn as nn
from torch.nn import GRU, GRUCell, LSTM

cell_0 = GRUCell(2, 6)
xs_0 = torch.randn(3, 3, 2)
h_0 = torch.zeros(3, 6)
outputs_0 = []
for t in range(len(xs_0)):
    h_0 = cell_0(xs_0[t], h_0)
    outputs_0.append(h_0)
seq_0 = torch.stack(outputs_0)
head_0 = nn.Linear(6, 2)(h_0)

lstm_1 = LSTM(3, 5, 1)
out_1, (h_1, c_1) = lstm_1(torch.randn(2, 2, 3))
r_1_0 = torch.stack([h_1[-1], out_1[0]], dim=0)
r_1_1 = torch.cat([h_1, c_1], dim=2)

embed_2 = nn.Embedding(22, 3)
drop_2 = nn.Dropout()
rnn_2 = GRU(3, 8, batch_first=True)
tokens_2 = torch.randint(0, 22, (4, 2))
emb_2 = drop_2(embed_2(tokens_2))
out_2, h_2 = rnn_2(emb_2)

rnn_3 = GRU(4, 8, 2, batch_first=True, dropout=0.5, bidirectional=True)
x_3 = torch.rand(3, 5, 4)
out_3, _ = rnn_3(x_3)
both_3 = torch.cat((out_3[-1:][-2], out_3[-1:][-1]), dim=1)
fc_3 = nn.Linear(16, 2)
logits_3 = fc_3(both_3)

cell_4 = GRUCell(input_size=2, hidden_size=3)
h_4 = torch.zeros(3)
t_4 = 0
while t_4 < 3:
    h_4 = cell_4(torch.randn(2), h_4)
    t_4 += 1
