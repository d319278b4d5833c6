# oracle: seed 121, closed, raises RuntimeError at line 35
import torch
import torch.nn as nn

embed_0 = nn.Embedding(16, 4)
drop_0 = nn.Dropout(0.1)
rnn_0 = nn.GRU(4, 2, batch_first=True)
tokens_0 = torch.tensor([[1, 2, 3], [4, 5, 15]])
emb_0 = drop_0(embed_0(tokens_0))
out_0, h_0 = rnn_0(emb_0)
scores_0 = nn.Linear(2, 16)(out_0)

class Args_1:
    pass

args_1 = Args_1()
setattr(args_1, "hidden", 4)
rnn_1 = nn.GRU(4, args_1.hidden)
out_1, h_1 = rnn_1(torch.randn(2, 2, 4), torch.zeros(1, 2, args_1.hidden))

class Model_2(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional, dropout=0.2 if num_layers > 1 else 0)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return (torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size), torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size))

    def forward(self, x):
        hidden = self.init_hidden(x.size(1))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

def build_2():
    return Model_2(4, 5, num_layers=2, bidirectional=True)

logits_2 = build_2()(torch.randn(4, 5, 4))
probs_2 = logits_2.softmax(dim=-1)

gru_3 = nn.GRU(2, 5)
x_3 = torch.randn(4, 3, 2)
deep_3 = nn.GRU(2, 5, num_layers=2)
if deep_3.num_layers > 1:
    out_3, _ = deep_3(torch.randn(2, 3, 2), torch.zeros(2, 3, 5))
elif 3 == 3:
    out_3, _ = deep_3(torch.randn(2, 3, 2), torch.zeros(1, 3, 5))
else:
    out_3, _ = deep_3(torch.randn(2, 3, 2), torch.zeros(2, 3, 5))
