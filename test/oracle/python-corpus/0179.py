# oracle: seed 179, closed, runs cleanly
import torch
from torch.nn import Dropout, Embedding, GRU, LSTM, Linear

rnn_0 = LSTM(4, 5, num_layers=2, dropout=0.1, bidirectional=False)
x_0 = torch.randn(3, 4)
out_0, _ = rnn_0(x_0)
y_0 = out_0[-1].view(5)

embed_1 = Embedding(25, 3, padding_idx=0)
drop_1 = Dropout()
rnn_1 = LSTM(3, 8, batch_first=True)
tokens_1 = torch.tensor([[1, 2, 3], [4, 5, 24]])
emb_1 = drop_1(embed_1(tokens_1))
out_1, (h_1, c_1) = rnn_1(emb_1)
scores_1 = Linear(8, 25)(out_1)

rnn_2 = GRU(4, 6, 1, batch_first=True, bidirectional=False)
x_2 = torch.rand([4, 4, 4])
batch_2 = x_2.size(0)
h0_2 = torch.zeros(1, batch_2, 6)
out_2, hn_2 = rnn_2(x_2, h0_2)
