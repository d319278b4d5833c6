# oracle: seed 41, closed, raises RuntimeError at line 13
import torch.nn

rnn_0 = torch.nn.GRU(5, 8, 3, True, False, bidirectional=True)
x_0 = torch.randn(4, 5)
out_0, _ = rnn_0(x_0)
y_0 = out_0[-1].view(16)

rnn_1 = torch.nn.GRU(3, 5, 1, True, True, bidirectional=True)
x_1 = torch.randn(1, 5, 3).float()
batch_1 = x_1.shape[1]
h0_1 = torch.zeros(2, batch_1, 5)
out_1, hn_1 = rnn_1(x_1, h0_1)

class Model_2(torch.nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = torch.nn.GRU(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional, dropout=0.2 if num_layers > 1 else 0)
        self.fc = torch.nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.shape[1])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

model_2 = Model_2(3, 2, bidirectional=True)
logits_2 = model_2.forward(torch.zeros(1, 3, 3)).detach()
