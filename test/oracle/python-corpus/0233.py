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

rnn_1 = nn.GRU(9, 3, num_layers=3, dropout=0.5)
x_1 = torch.ones(1, 4, 9)
batch_1 = x_1.size()[1]
h0_1 = torch.zeros(3, batch_1, 3)
out_1, hn_1 = rnn_1(x_1, h0_1)
assert out_1.dim() == 3

cell_2 = nn.LSTMCell(8, 7)
xs_2 = torch.randn(1, 1, 8)
h_2 = torch.zeros(1, 7)
c_2 = torch.zeros(1, 7)
outputs_2 = []
for t in range(xs_2.shape[0]):
    if t == 1:
        break
    h_2, c_2 = cell_2(xs_2[t], (h_2, c_2))
    outputs_2.append(h_2)
seq_2 = torch.stack(outputs_2)
