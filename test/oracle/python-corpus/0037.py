# oracle: seed 37, open, raises RuntimeError at line 42
import random
import torch
from torch.nn import Dropout, Embedding, GRU, GRUCell, LSTM, Linear
import torch.nn.functional as F

rnn_0 = LSTM(6, 3, 1)
x_0 = torch.randn([4, 4, 6])
hidden_0 = (torch.randn([1, 4, 3]), torch.randn([1, 4, 3]))
out_0, state_0 = rnn_0(x_0, hidden_0)
fc_0 = Linear(3, 5)
logits_0 = fc_0(out_0[-1])
probs_0 = F.log_softmax(logits_0, dim=-1)

rnn_1 = LSTM(8, 4, batch_first=True, proj_size=2)
x_1 = torch.rand(5, 5, 8)
batch_1 = x_1.shape[1]
h0_1 = torch.zeros(1, batch_1, 2)
c0_1 = torch.zeros(1, batch_1, 4)
out_1, (hn_1, cn_1) = rnn_1(x_1, (h0_1, c0_1))
assert out_1.dim() == 3

lstm_2 = LSTM(8, 6)
if random.random() < 0.5:
    out_2, (h_2, c_2) = lstm_2(torch.randn(2, 3, 8))
else:
    out_2, (h_2, c_2) = lstm_2(torch.randn(4, 3, 8))
last_2 = Linear(6, 2)(out_2[-1])

embed_3 = Embedding(20, 5)
drop_3 = Dropout(0.3)
rnn_3 = LSTM(5, 7, batch_first=True)
tokens_3 = torch.randint(0, 20, (2, 6))
emb_3 = drop_3(embed_3(tokens_3))
out_3, (h_3, c_3) = rnn_3(emb_3)
scores_3 = Linear(7, 20)(out_3)

gru_4 = GRU(2, 8)
x_4 = torch.randn(4, 3, 1)
cell_4 = GRUCell(2, 8)
if x_4.dim() == 3:
    out_4, _ = gru_4(x_4)
else:
    out_4 = cell_4(x_4)
