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
rnn_1 = nn.LSTM(7, 8, batch_first=True)
tokens_1 = torch.randint(0, 17, (3, 3))
emb_1 = drop_1(embed_1(tokens_1))
out_1, (h_1, c_1) = rnn_1(emb_1)
scores_1 = nn.Linear(8, 17)(out_1)

lstm_2 = nn.LSTM(3, 2, 2)
out_2, (h_2, c_2) = lstm_2(torch.randn(3, 4, 3))
r_2_0 = torch.stack([h_2[-1], out_2[:, 0]], dim=0)
r_2_1 = torch.split(out_2, 2, dim=2)[0]
r_2_2 = out_2.permute(1, 0)
r_2_3 = torch.split(out_2, 2, dim=2)[0]
a_2, b_2 = out_2.chunk(2, dim=0)

cell_3 = nn.GRUCell(input_size=4, hidden_size=4)
h_3 = torch.zeros(4)
t_3 = 0
while t_3 < 4:
    h_3 = cell_3(torch.randn(6), h_3)
    t_3 += 1

lstm_4 = nn.LSTM(3, 6, 1)
out_4, (h_4, c_4) = lstm_4(torch.randn(2, 4, 3))
r_4_0 = out_4[..., :3]
r_4_1 = out_4.view(8, 6)
r_4_2 = out_4.size(3)
r_4_3 = torch.cat([h_4, c_4], dim=2)
