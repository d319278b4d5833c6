# oracle: seed 188, closed, runs cleanly
import torch
from torch.nn import Dropout, Embedding, GRU, LSTM, Linear

lstm_0 = LSTM(3, 6, 1)
out_0, (h_0, c_0) = lstm_0(torch.randn(3, 3, 3))
r_0_0 = out_0.chunk(2, dim=0)[0]
r_0_1 = torch.stack([h_0[-1], out_0[0]], dim=0)
r_0_2 = out_0.chunk(2, dim=0)[0]
r_0_3 = out_0.flatten(0, 1)

embed_1 = Embedding(16, 7)
drop_1 = Dropout()
rnn_1 = GRU(7, 2, batch_first=True)
tokens_1 = torch.tensor([[1, 2, 3], [4, 5, 15]])
emb_1 = drop_1(embed_1(tokens_1))
out_1, h_1 = rnn_1(emb_1)
scores_1 = Linear(2, 16)(out_1)
