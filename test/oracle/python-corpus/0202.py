# oracle: seed 202, closed, raises RuntimeError at line 10
import torch
import torch.nn as nn

cell_0 = nn.GRUCell(4, 4)
xs_0 = torch.randn(2, 2, 3)
h_0 = torch.zeros(2, 4)
outputs_0 = []
for t in range(len(xs_0)):
    h_0 = cell_0(xs_0[t], h_0)
    outputs_0.append(h_0)
seq_0 = torch.stack(outputs_0)
head_0 = nn.Linear(4, 2)(h_0)

embed_1 = nn.Embedding(12, 5, padding_idx=0)
drop_1 = nn.Dropout()
rnn_1 = nn.LSTM(5, 5, batch_first=True)
tokens_1 = torch.tensor([[1, 2, 3], [4, 5, 11]])
emb_1 = drop_1(embed_1(tokens_1))
out_1, (h_1, c_1) = rnn_1(emb_1)

class Model_2(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return (torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size), torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size))

    def forward(self, x):
        hidden = self.init_hidden(x.size(0))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

model_2 = Model_2(8, 7, num_layers=2)
logits_2 = model_2(torch.rand(3, 1, 8))
