# oracle: seed 175, closed, runs cleanly
import torch
from torch.nn import Dropout, Embedding, GRU, LSTM

gru_0 = GRU(2, 2)
x_0 = torch.randn(3, 2)
if x_0.dim() == 2:
    x_0 = x_0.unsqueeze(1)
out_0, h_0 = gru_0(x_0)

rnn_1 = LSTM(9, 5, bidirectional=False)
x_1 = torch.zeros(4, 3, 9)
batch_1 = x_1.size(1)
h0_1 = torch.zeros(1, batch_1, 5)
c0_1 = torch.zeros(1, batch_1, 5)
out_1, (hn_1, cn_1) = rnn_1(x_1, (h0_1, c0_1))

embed_2 = Embedding(15, 6, padding_idx=0)
drop_2 = Dropout(0.1)
rnn_2 = LSTM(6, 2, batch_first=True)
tokens_2 = torch.randint(0, 15, (1, 3))
emb_2 = drop_2(embed_2(tokens_2))
out_2, (h_2, c_2) = rnn_2(emb_2)
